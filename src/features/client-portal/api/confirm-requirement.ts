import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

/** C2: the client confirms the information is accurate; the database records who and when. */
export async function confirmRequirement({ requirementId }: { requirementId: string }) {
  const { data, error } = await supabase.rpc('confirm_requirement', { requirement_id: requirementId })
  if (error) throw error
  return data
}

export function useConfirmRequirement() {
  return useInvalidatingMutation({
    mutationFn: confirmRequirement,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
