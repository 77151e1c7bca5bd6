import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

export const provideRequirementSchema = z.object({
  response: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.responseRequired'), z.maxLength(4000, 'validation.tooLong')),
})

/** C1: the client gives the information the provider asked for. */
export async function provideRequirement({
  requirementId,
  response,
}: z.infer<typeof provideRequirementSchema> & { requirementId: string }) {
  const { data, error } = await supabase.rpc('provide_requirement', {
    requirement_id: requirementId,
    response,
  })
  if (error) throw error
  return data
}

export function useProvideRequirement() {
  return useInvalidatingMutation({
    mutationFn: provideRequirement,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
