import { supabase } from '@/lib/supabase'
import { getBusinessDocument } from '@/lib/documents'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

type Target = { engagementId: string; version: number }

/**
 * Has the acceptance minutes made at once, from the database's records, and sealed (the Edge
 * Function business-document). If that fails, the acceptance stands and the section offers to
 * make them again.
 */
async function recordAcceptanceMinutes(engagementId: string) {
  const { data, error } = await supabase
    .from('acceptances')
    .select('id')
    .eq('engagement_id', engagementId)
    .eq('decision', 'accepted')
    .order('decided_at', { ascending: false })
    .limit(1)
    .maybeSingle()
  if (error || !data) return
  await getBusinessDocument('acceptance_minutes', data.id).catch(() => undefined)
}

/** The approver accepts the handover: the warranty starts now and runs for the package's months. */
export async function acceptDelivery({ engagementId, version }: Target) {
  const { data, error } = await supabase.rpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'warranty',
    expected_version: version,
  })
  if (error) throw error
  return data
}

/** Accepting, then (without making the approver wait) the minutes, and the page again once they exist. */
export function useAcceptDelivery() {
  const minutes = useInvalidatingMutation({
    mutationFn: recordAcceptanceMinutes,
    invalidates: () => [clientPortalKeys.all],
  })
  return useInvalidatingMutation({
    mutationFn: acceptDelivery,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
    onSuccess: (_, { engagementId }) => minutes.mutate(engagementId),
  })
}
