import * as z from 'zod/mini'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { useEngagementAction } from './use-engagement-action'

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
  return data as Tables<'engagements'>
}

export function useAssignAccountManager(engagementId: string) {
  return useEngagementAction(engagementId, (input: AssignAccountManagerInput) =>
    assignAccountManager(engagementId, input),
  )
}
