import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'
import type { WrittenRequest } from './written-request'

/** P6: a client user reports a problem while the warranty runs (the database refuses it after). */
export async function openWarrantyClaim({
  engagementId,
  ...input
}: WrittenRequest & { engagementId: string }) {
  const { data, error } = await supabase.rpc('open_warranty_claim', { engagement_id: engagementId, ...input })
  if (error) throw error
  return data
}

export function useOpenWarrantyClaim() {
  return useInvalidatingMutation({
    mutationFn: openWarrantyClaim,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
