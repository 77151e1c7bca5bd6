import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import type { ClaimText } from './claim-text'
import { clientPortalKeys } from './keys'

export async function reopenWarrantyClaim({ claimId, text }: ClaimText) {
  const { data, error } = await supabase.rpc('reopen_warranty_claim', { claim_id: claimId, reason: text })
  if (error) throw error
  return data
}

export function useReopenWarrantyClaim() {
  return useInvalidatingMutation({
    mutationFn: reopenWarrantyClaim,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
