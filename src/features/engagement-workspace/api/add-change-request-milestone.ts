import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { parseDayMonthYear } from '../utils/date-input'
import { workspaceKeys } from './keys'

export const addChangeRequestMilestoneSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'validation.milestoneTitleRequired')),
  dueOn: z
    .string()
    .check(
      z.refine((text) => text.trim() === '' || parseDayMonthYear(text) !== null, 'validation.dateInvalid'),
    ),
})
export type AddChangeRequestMilestoneInput = z.infer<typeof addChangeRequestMilestoneSchema> & {
  changeRequestId: string
}

/** C6: the provider plans a change request's work as a milestone tied to it. */
export async function addChangeRequestMilestone({
  changeRequestId,
  title,
  dueOn,
}: AddChangeRequestMilestoneInput) {
  const due = parseDayMonthYear(dueOn)
  const { data, error } = await supabase.rpc('add_change_request_milestone', {
    change_request_id: changeRequestId,
    title,
    ...(due ? { due_on: due } : {}),
  })
  if (error) throw error
  return data
}

export function useAddChangeRequestMilestone(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: addChangeRequestMilestone,
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
