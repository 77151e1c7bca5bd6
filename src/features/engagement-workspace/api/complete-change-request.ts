import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export async function completeChangeRequest(changeRequestId: string) {
  const { data, error } = await supabase.rpc('complete_change_request', {
    change_request_id: changeRequestId,
  })
  if (error) throw error
  return data
}

export function useCompleteChangeRequest(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: completeChangeRequest,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
