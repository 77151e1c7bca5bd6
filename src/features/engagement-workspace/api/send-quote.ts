import * as z from 'zod/mini'

import type { Json } from '@/lib/database.types'
import { parseVnd } from '@/lib/format'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { parseDayMonthYear } from '../utils/date-input'
import { workspaceKeys } from './keys'

const milestoneSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'validation.milestoneTitleRequired')),
  responsible: z.enum(['provider', 'client']),
  dueDate: z
    .string()
    .check(
      z.refine((text) => text.trim() === '' || parseDayMonthYear(text) !== null, 'validation.dateInvalid'),
    ),
})

export const sendQuoteSchema = z.object({
  packageId: z.string().check(z.minLength(1, 'validation.packageRequired')),
  price: z.string().check(z.refine((text) => (parseVnd(text) ?? -1) >= 0, 'validation.amountInvalid')),
  scope: z.string().check(z.trim(), z.minLength(1, 'validation.scopeRequired')),
  milestones: z.array(milestoneSchema).check(z.minLength(1, 'validation.milestonesRequired')),
})
export type SendQuoteInput = z.infer<typeof sendQuoteSchema>
export type SendQuoteRequest = SendQuoteInput & { expectedVersion: number }

/** The work plan as the database reads it: `[{title, responsible, due_date?: YYYY-MM-DD}]`. */
function milestonesJson(milestones: SendQuoteInput['milestones']): Json {
  return milestones.map(({ title, responsible, dueDate }) => {
    const due = parseDayMonthYear(dueDate)
    return due ? { title, responsible, due_date: due } : { title, responsible }
  })
}

/** Sends the quote (100% due before start, the database's default schedule). */
export async function sendQuote(engagementId: string, input: SendQuoteRequest) {
  const { data, error } = await supabase.rpc('send_quote', {
    engagement_id: engagementId,
    package_id: input.packageId,
    price_vnd: parseVnd(input.price) ?? 0,
    scope: input.scope,
    milestones: milestonesJson(input.milestones),
    expected_version: input.expectedVersion,
  })
  if (error) throw error
  return data
}

export function useSendQuote(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: SendQuoteRequest) => sendQuote(engagementId, input),
    invalidates: () => [workspaceKeys.engagement(engagementId)],
  })
}
