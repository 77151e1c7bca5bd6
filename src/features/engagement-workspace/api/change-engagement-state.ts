import * as z from 'zod/mini'

import type { Enums } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

export const changeStateSchema = z.object({
  toState: z.enum(['active', 'on_hold', 'cancelled', 'closed']),
  reason: z.string().check(z.trim(), z.minLength(1, 'validation.reasonRequired')),
})
export type ChangeStateInput = z.infer<typeof changeStateSchema> & { expectedVersion: number }
export type EngagementState = Enums<'engagement_state'>

export async function changeEngagementState(engagementId: string, input: ChangeStateInput) {
  const { data, error } = await supabase.rpc('change_engagement_state', {
    engagement_id: engagementId,
    to_state: input.toState,
    reason: input.reason,
    expected_version: input.expectedVersion,
  })
  if (error) throw error
  return data
}

export function useChangeEngagementState(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: ChangeStateInput) => changeEngagementState(engagementId, input),
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
