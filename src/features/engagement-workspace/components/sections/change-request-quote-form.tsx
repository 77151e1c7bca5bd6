import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { formatVnd } from '@/lib/format'

import type { ChangeRequest } from '../../api/get-change-requests'
import { quoteChangeRequestSchema, useQuoteChangeRequest } from '../../api/quote-change-request'

type QuoteValues = { extraPrice: string; extraDays: string; note: string; payBeforeWork: boolean }

type QuoteFormProps = { engagementId: string; request: ChangeRequest; onQuoted?: () => void }

/** The provider's quote of a change: extra price, extra days, a note and whether payment comes before the work; again for a revision. */
export function ChangeRequestQuoteForm({ engagementId, request, onQuoted }: QuoteFormProps) {
  const { t } = useTranslation('engagement-workspace')
  const quote = useQuoteChangeRequest(engagementId)
  const { register, handleSubmit, formState } = useForm<QuoteValues>({
    resolver: standardSchemaResolver(quoteChangeRequestSchema),
    // A revision starts from the terms the client sees now.
    defaultValues: {
      extraPrice:
        request.extra_price_vnd === null ? '' : formatVnd(request.extra_price_vnd).replace(/\s*₫$/, ''),
      extraDays: request.extra_days === null ? '' : String(request.extra_days),
      note: request.quote_note ?? '',
      payBeforeWork: request.pay_before_work,
    },
  })
  const message = (text: string | undefined) => (text ? t(text as 'validation.amountInvalid') : undefined)
  return (
    <form
      noValidate
      aria-label={t('changes.quoteTitle', { title: request.title })}
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={handleSubmit((values) =>
        quote.mutate({ ...values, changeRequestId: request.id }, { onSuccess: () => onQuoted?.() }),
      )}
    >
      <p className="text-sm font-semibold text-slate-900">
        {t('changes.quoteTitle', { title: request.title })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('changes.extraPrice')} error={message(formState.errors.extraPrice?.message)}>
          <Input inputMode="numeric" {...register('extraPrice')} />
        </Field>
        <Field label={t('changes.extraDays')} error={message(formState.errors.extraDays?.message)}>
          <Input inputMode="numeric" {...register('extraDays')} />
        </Field>
      </div>
      <Field label={t('changes.note')}>
        <TextArea rows={2} {...register('note')} />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" className="size-4" {...register('payBeforeWork')} />
        {t('changes.payBeforeWork')}
      </label>
      <RefusalAlert error={quote.error} />
      <Button type="submit" size="sm" isLoading={quote.isPending}>
        {quote.isPending ? t('changes.quoting') : t('changes.quote')}
      </Button>
    </form>
  )
}
