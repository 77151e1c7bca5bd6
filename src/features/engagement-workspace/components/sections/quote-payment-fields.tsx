import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { formatVnd } from '@/lib/format'
import { dueConditionText, paymentLabel } from '@/lib/workflow'

import { BALANCE_CONDITIONS, paymentSchedule, type SendQuoteInput } from '../../api/send-quote'

type Props = {
  control: Control<SendQuoteInput>
  register: UseFormRegister<SendQuoteInput>
  errors: FieldErrors<SendQuoteInput>
  message: (text: string | undefined) => string | undefined
}

/** The deposit due before work starts and when the balance falls due, with the split it makes. */
export function QuotePaymentFields({ control, register, errors, message }: Props) {
  const { t } = useTranslation('engagement-workspace')
  const values = useWatch({ control })
  const percent = Number(values.depositPercent ?? '')
  const hasBalance = Number.isInteger(percent) && percent >= 0 && percent < 100
  const preview = paymentSchedule({
    ...(values as SendQuoteInput),
    depositPercent: String(Number.isInteger(percent) ? percent : 100),
  })
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{t('quote.payments')}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={t('quote.depositPercent')}
          hint={t('quote.depositHint')}
          error={message(errors.depositPercent?.message)}
        >
          <Input inputMode="numeric" {...register('depositPercent')} />
        </Field>
        {hasBalance && (
          <Field label={t('quote.balanceCondition')}>
            <Select {...register('balanceCondition')}>
              {BALANCE_CONDITIONS.map((condition) => (
                <option key={condition} value={condition}>
                  {t(`quote.balanceDue.${condition}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {hasBalance && values.balanceCondition === 'on_date' && (
          <Field label={t('quote.balanceDueOn')} error={message(errors.balanceDueOn?.message)}>
            <Input placeholder="dd/MM/yyyy" inputMode="numeric" {...register('balanceDueOn')} />
          </Field>
        )}
      </div>
      <ul aria-label={t('quote.schedulePreview')} className="space-y-1 text-sm text-slate-700">
        {preview.map((item) => (
          <li key={item.label_code}>
            {paymentLabel(item)}: {formatVnd(item.amount_vnd)} ·{' '}
            {dueConditionText(item.due_condition, item.due_on ?? null)}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
