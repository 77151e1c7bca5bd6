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

export const BALANCE_CONDITIONS = ['at_acceptance', 'on_date', 'before_start'] as const

const PERCENT = /^\s*(100|[1-9]?\d)\s*$/

export const sendQuoteSchema = z
  .object({
    packageId: z.string().check(z.minLength(1, 'validation.packageRequired')),
    price: z.string().check(z.refine((text) => (parseVnd(text) ?? -1) >= 0, 'validation.amountInvalid')),
    scope: z.string().check(z.trim(), z.minLength(1, 'validation.scopeRequired')),
    milestones: z.array(milestoneSchema).check(z.minLength(1, 'validation.milestonesRequired')),
    /** The share of the price due before work starts, 0 to 100. */
    depositPercent: z.string().check(z.regex(PERCENT, 'validation.percentInvalid')),
    balanceCondition: z.enum(BALANCE_CONDITIONS),
    balanceDueOn: z.string(),
  })
  .check(
    z.refine(
      (values) =>
        values.balanceCondition !== 'on_date' ||
        Number(values.depositPercent) === 100 ||
        parseDayMonthYear(values.balanceDueOn) !== null,
      { message: 'validation.dateInvalid', path: ['balanceDueOn'] },
    ),
  )
export type SendQuoteInput = z.infer<typeof sendQuoteSchema>

export type ScheduleItem = {
  label: string
  label_code: 'full_payment' | 'deposit' | 'balance'
  amount_vnd: number
  due_condition: (typeof BALANCE_CONDITIONS)[number]
  due_on?: string
}

/**
 * The deposit (due before work starts) and the balance (at acceptance, on a date, or also before
 * start), as the database reads a schedule. The labels are fallbacks; the app words the codes.
 */
export function paymentSchedule(input: SendQuoteInput): ScheduleItem[] {
  const price = parseVnd(input.price) ?? 0
  const percent = Number(input.depositPercent.trim())
  const deposit = Math.round((price * percent) / 100)
  const dueOn = parseDayMonthYear(input.balanceDueOn)
  const balance: ScheduleItem = {
    label: 'Phần còn lại',
    label_code: 'balance',
    amount_vnd: price - deposit,
    due_condition: input.balanceCondition,
    ...(input.balanceCondition === 'on_date' && dueOn ? { due_on: dueOn } : {}),
  }
  if (percent === 100) {
    return [
      {
        label: 'Thanh toán toàn bộ',
        label_code: 'full_payment',
        amount_vnd: price,
        due_condition: 'before_start',
      },
    ]
  }
  if (percent === 0) return [{ ...balance, label: 'Thanh toán toàn bộ', label_code: 'full_payment' }]
  const depositItem: ScheduleItem = {
    label: `Đặt cọc ${percent}%`,
    label_code: 'deposit',
    amount_vnd: deposit,
    due_condition: 'before_start',
  }
  return [depositItem, balance]
}
export type SendQuoteRequest = SendQuoteInput & { expectedVersion: number }

/** The work plan as the database reads it: `[{title, responsible, due_date?: YYYY-MM-DD}]`. */
function milestonesJson(milestones: SendQuoteInput['milestones']): Json {
  return milestones.map(({ title, responsible, dueDate }) => {
    const due = parseDayMonthYear(dueDate)
    return due ? { title, responsible, due_date: due } : { title, responsible }
  })
}

/** Sends the quote with its payment schedule; sending again revises it (the earlier one is superseded). */
export async function sendQuote(engagementId: string, input: SendQuoteRequest) {
  const { data, error } = await supabase.rpc('send_quote', {
    engagement_id: engagementId,
    package_id: input.packageId,
    price_vnd: parseVnd(input.price) ?? 0,
    scope: input.scope,
    milestones: milestonesJson(input.milestones),
    payment_schedule: paymentSchedule(input),
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
