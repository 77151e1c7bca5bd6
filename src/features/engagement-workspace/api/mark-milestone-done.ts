import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export async function markMilestoneDone(milestoneId: string) {
  const { data, error } = await supabase.rpc('mark_milestone_done', { milestone_id: milestoneId })
  if (error) throw error
  return data
}

export function useMarkMilestoneDone(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: markMilestoneDone,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
