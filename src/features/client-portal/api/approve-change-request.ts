import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

type ChangeApproval = { changeRequestId: string; extraPriceVnd: number; version: number }

/**
 * The approver agrees to the provider's quote at the price and version the page showed; an extra
 * payment is created when it costs anything.
 */
export async function approveChangeRequest({ changeRequestId, extraPriceVnd, version }: ChangeApproval) {
  const { data, error } = await supabase.rpc('approve_change_request', {
    change_request_id: changeRequestId,
    extra_price_vnd: extraPriceVnd,
    change_request_version: version,
  })
  if (error) throw error
  return data
}

export function useApproveChangeRequest() {
  return useInvalidatingMutation({
    mutationFn: approveChangeRequest,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
