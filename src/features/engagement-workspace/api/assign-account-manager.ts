import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export const assignAccountManagerSchema = z.object({
  accountManagerId: z.string().check(z.minLength(1, 'validation.accountManagerRequired')),
})
export type AssignAccountManagerInput = z.infer<typeof assignAccountManagerSchema> & {
  expectedVersion: number
}

export async function assignAccountManager(engagementId: string, input: AssignAccountManagerInput) {
  const { data, error } = await supabase.rpc('assign_account_manager', {
    engagement_id: engagementId,
    account_manager_id: input.accountManagerId,
    expected_version: input.expectedVersion,
  })
  if (error) throw error
  return data
}

export function useAssignAccountManager(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: AssignAccountManagerInput) => assignAccountManager(engagementId, input),
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
