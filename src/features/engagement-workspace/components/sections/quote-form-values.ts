import { formatVnd } from '@/lib/format'
import { quoteInstallments, quoteMilestones } from '@/lib/workflow'

import type { Quote } from '../../api/get-quotes'
import type { SendQuoteInput } from '../../api/send-quote'
import { formatCalendarDate } from '../../utils/date-input'

const EMPTY: SendQuoteInput = {
  packageId: '',
  price: '',
  scope: '',
  milestones: [{ title: '', responsible: 'provider', dueDate: '' }],
  depositPercent: '100',
  balanceCondition: 'at_acceptance',
  balanceDueOn: '',
}

/** The form's starting values: empty, or the terms of the sent quote being revised. */
export function quoteFormValues(quote: Quote | undefined): SendQuoteInput {
  if (!quote) return EMPTY
  const installments = quoteInstallments(quote.payment_schedule)
  const deposit = installments
    .filter((item) => item.dueCondition === 'before_start')
    .reduce((sum, item) => sum + item.amountVnd, 0)
  const balance = installments.find((item) => item.dueCondition !== 'before_start')
  return {
    packageId: quote.package_id,
    price: formatVnd(quote.price_vnd).replace(/\s*₫$/, ''),
    scope: quote.scope,
    milestones: quoteMilestones(quote.milestones).map((milestone) => ({
      title: milestone.title,
      responsible: milestone.responsible === 'client' ? 'client' : 'provider',
      dueDate: milestone.dueDate ? formatCalendarDate(milestone.dueDate) : '',
    })),
    depositPercent: String(quote.price_vnd > 0 ? Math.round((deposit * 100) / quote.price_vnd) : 100),
    balanceCondition: balance?.dueCondition ?? 'at_acceptance',
    balanceDueOn: balance?.dueOn ? formatCalendarDate(balance.dueOn) : '',
  }
}
