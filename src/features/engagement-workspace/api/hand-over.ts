import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isVersionConflict } from '@/lib/workflow'

import { workspaceKeys } from './keys'

export const handOverSchema = z.object({
  note: z.string().check(z.trim(), z.maxLength(2000, 'validation.noteTooLong')),
})
export type HandOverInput = z.infer<typeof handOverSchema> & { engagementId: string; expectedVersion: number }

/** Completion -> acceptance: the client is asked to accept, and reads the note with the hand-over. */
export async function handOver({ engagementId, expectedVersion, note }: HandOverInput) {
  const { data, error } = await supabase.rpc('transition_engagement', {
    engagement_id: engagementId,
    to_step: 'acceptance',
    expected_version: expectedVersion,
    ...(note ? { note } : {}),
  })
  if (error) throw error
  return data
}

export function useHandOver(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: handOver,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
    refreshOnError: isVersionConflict,
  })
}
