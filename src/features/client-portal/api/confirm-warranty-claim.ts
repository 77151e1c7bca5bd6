import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

/** The client confirms the fix works: the claim closes. */
export async function confirmWarrantyClaim({ claimId }: { claimId: string }) {
  const { data, error } = await supabase.rpc('confirm_warranty_claim', { claim_id: claimId })
  if (error) throw error
  return data
}

export function useConfirmWarrantyClaim() {
  return useInvalidatingMutation({
    mutationFn: confirmWarrantyClaim,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
