import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

/** C3: the client marks its own milestone of the work plan done; the database records who and when. */
export async function markMilestoneDone({ milestoneId }: { milestoneId: string }) {
  const { data, error } = await supabase.rpc('mark_milestone_done', { milestone_id: milestoneId })
  if (error) throw error
  return data
}

export function useMarkMilestoneDone() {
  return useInvalidatingMutation({
    mutationFn: markMilestoneDone,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
