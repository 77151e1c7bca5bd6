import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

export const rejectChangeRequestSchema = z.object({
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.reasonRequired'), z.maxLength(2000, 'validation.tooLong')),
})

export async function rejectChangeRequest({
  changeRequestId,
  reason,
}: z.infer<typeof rejectChangeRequestSchema> & { changeRequestId: string }) {
  const { data, error } = await supabase.rpc('reject_change_request', {
    change_request_id: changeRequestId,
    reason,
  })
  if (error) throw error
  return data
}

export function useRejectChangeRequest() {
  return useInvalidatingMutation({
    mutationFn: rejectChangeRequest,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
