import { workflowT } from './messages'

/** What a payment row (or a quote's schedule item) says about where its label came from. */
export type LabelledPayment = {
  label: string
  kind?: string | null
  label_code?: string | null
}

/**
 * A payment's name in the reader's language. The database writes codes, not words, where it chose
 * the label: the default full payment, the quote form's deposit and balance, and a change request's
 * payment (its label is the change's title).
 */
export function paymentLabel({ label, kind, label_code }: LabelledPayment): string {
  const t = workflowT()
  if (label_code === 'full_payment' || label_code === 'deposit' || label_code === 'balance')
    return t(`paymentLabel.${label_code}`)
  if (kind === 'change_request') return t('paymentLabel.change_request', { title: label })
  return label
}
