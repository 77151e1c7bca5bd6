import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export async function startMilestone(milestoneId: string) {
  const { data, error } = await supabase.rpc('start_milestone', { milestone_id: milestoneId })
  if (error) throw error
  return data
}

export function useStartMilestone(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: startMilestone,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
