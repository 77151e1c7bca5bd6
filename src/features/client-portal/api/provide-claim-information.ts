import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import type { ClaimText } from './claim-text'
import { clientPortalKeys } from './keys'

export async function provideClaimInformation({ claimId, text }: ClaimText) {
  const { data, error } = await supabase.rpc('provide_claim_information', { claim_id: claimId, answer: text })
  if (error) throw error
  return data
}

export function useProvideClaimInformation() {
  return useInvalidatingMutation({
    mutationFn: provideClaimInformation,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
