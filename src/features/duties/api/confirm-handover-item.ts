import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { engagementKeys } from '@/lib/engagement-keys'

/** P5: a client user confirms a handed-over item was received; the database records who and when. */
export async function confirmHandoverItem(itemId: string) {
  const { data, error } = await supabase.rpc('confirm_handover_item', { handover_item_id: itemId })
  if (error) throw error
  return data
}

export function useConfirmHandoverItem(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: confirmHandoverItem,
    invalidates: () => [engagementKeys.detail(engagementId)],
  })
}
