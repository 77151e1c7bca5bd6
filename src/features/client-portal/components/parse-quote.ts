import type { Json } from '@/lib/database.types'

export type QuoteMilestone = { title: string; responsible: string; dueDate: string | null }
export type QuoteInstallment = {
  label: string
  label_code: string | null
  amountVnd: number
  dueBeforeStart: boolean
  dueDate: string | null
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

/** The payment schedule written into a quote; it sums to the price. */
export function quoteInstallments(value: Json): QuoteInstallment[] {
  return objects(value).map((item) => ({
    label: text(item.label) ?? '',
    label_code: text(item.label_code),
    amountVnd: typeof item.amount_vnd === 'number' ? item.amount_vnd : 0,
    dueBeforeStart: item.due_before_start === true,
    dueDate: text(item.due_date),
  }))
}
