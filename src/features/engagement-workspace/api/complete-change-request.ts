import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { useEngagementAction } from './use-engagement-action'

export async function completeChangeRequest(changeRequestId: string) {
  const { data, error } = await supabase.rpc('complete_change_request', {
    change_request_id: changeRequestId,
  })
  if (error) throw error
  return data as Tables<'change_requests'>
}

export function useCompleteChangeRequest(engagementId: string) {
  return useEngagementAction(engagementId, completeChangeRequest)
}
