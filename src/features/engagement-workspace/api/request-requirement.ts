import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export const requestRequirementSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'validation.titleRequired')),
  description: z.string().check(z.trim()),
})
export type RequestRequirementInput = z.infer<typeof requestRequirementSchema>

export async function requestRequirement(engagementId: string, input: RequestRequirementInput) {
  const { data, error } = await supabase.rpc('request_requirement', {
    engagement_id: engagementId,
    title: input.title,
    description: input.description,
  })
  if (error) throw error
  return data
}

export function useRequestRequirement(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: RequestRequirementInput) => requestRequirement(engagementId, input),
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
