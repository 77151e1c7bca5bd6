import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { engagementKeys } from '@/lib/engagement-keys'

/** P7: the assigned account manager marks the licence register complete; hand-over needs it. */
export async function completeLicenceRegister(engagementId: string) {
  const { data, error } = await supabase.rpc('complete_licence_register', { engagement_id: engagementId })
  if (error) throw error
  return data
}

export function useCompleteLicenceRegister(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: () => completeLicenceRegister(engagementId),
    invalidates: () => [engagementKeys.detail(engagementId)],
  })
}
