import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { useEngagementAction } from './use-engagement-action'

export async function markMilestoneDone(milestoneId: string) {
  const { data, error } = await supabase.rpc('mark_milestone_done', { milestone_id: milestoneId })
  if (error) throw error
  return data as Tables<'milestones'>
}

export function useMarkMilestoneDone(engagementId: string) {
  return useEngagementAction(engagementId, markMilestoneDone)
}
