import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

type Target = { engagementId: string; version: number }

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

export function useAcceptDelivery() {
  return useInvalidatingMutation({
    mutationFn: acceptDelivery,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
