import type { Json } from '@/lib/database.types'

import { workflowT } from './messages'

export type QuoteMilestone = { title: string; responsible: string; dueDate: string | null }
export type DueCondition = 'before_start' | 'at_acceptance' | 'on_date'
export type QuoteInstallment = {
  label: string
  label_code: string | null
  amountVnd: number
  dueCondition: DueCondition
  /** The day an `on_date` payment falls due (YYYY-MM-DD). */
  dueOn: string | null
}

function objects(value: Json): Record<string, Json | undefined>[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is { [key: string]: Json | undefined } =>
      typeof item === 'object' && item !== null && !Array.isArray(item),
  )
}

const text = (value: Json | undefined) => (typeof value === 'string' ? value : null)

/** The work plan written into a quote (P2). */
export function quoteMilestones(value: Json): QuoteMilestone[] {
  return objects(value).map((item) => ({
    title: text(item.title) ?? '',
    responsible: text(item.responsible) ?? 'provider',
    dueDate: text(item.due_date),
  }))
}

/** The condition as the database wrote it, or as it derives it for quotes sent before conditions. */
function dueConditionOf(item: Record<string, Json | undefined>): DueCondition {
  const written = text(item.due_condition)
  if (written === 'before_start' || written === 'at_acceptance' || written === 'on_date') return written
  if (item.due_before_start === true) return 'before_start'
  return text(item.due_date) ? 'on_date' : 'at_acceptance'
}

/** The payment schedule written into a quote; it sums to the price. */
export function quoteInstallments(value: Json): QuoteInstallment[] {
  return objects(value).map((item) => ({
    label: text(item.label) ?? '',
    label_code: text(item.label_code),
    amountVnd: typeof item.amount_vnd === 'number' ? item.amount_vnd : 0,
    dueCondition: dueConditionOf(item),
    dueOn: text(item.due_on) ?? text(item.due_date),
  }))
}

/** "before work starts", "at acceptance", "on 30/06/2027", in the reader's language. */
export function dueConditionText(condition: DueCondition, dueOn: string | null): string {
  const t = workflowT()
  if (condition === 'on_date' && dueOn)
    return t('dueCondition.on_date', { date: dueOn.slice(0, 10).split('-').toReversed().join('/') })
  return t(`dueCondition.${condition === 'on_date' ? 'on_some_date' : condition}`)
}
