import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'
import type { WrittenRequest } from './written-request'

/** C6: changes are asked for in writing. */
export async function submitChangeRequest({
  engagementId,
  ...input
}: WrittenRequest & { engagementId: string }) {
  const { data, error } = await supabase.rpc('submit_change_request', {
    engagement_id: engagementId,
    ...input,
  })
  if (error) throw error
  return data
}

export function useSubmitChangeRequest() {
  return useInvalidatingMutation({
    mutationFn: submitChangeRequest,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
