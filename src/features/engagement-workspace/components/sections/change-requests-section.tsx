import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { QueryState } from '@/components/ui/query-state'
import { formatDate, formatVnd } from '@/lib/format'

import { useCompleteChangeRequest } from '../../api/complete-change-request'
import { useChangeRequests, type ChangeRequest } from '../../api/get-change-requests'
import { quoteChangeRequestSchema, useQuoteChangeRequest } from '../../api/quote-change-request'

const TONE: Record<string, BadgeTone> = {
  submitted: 'warning',
  quoted: 'info',
  approved: 'success',
  rejected: 'danger',
  done: 'neutral',
}

export function ChangeRequestsSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const changeRequests = useChangeRequests(engagementId)
  const complete = useCompleteChangeRequest(engagementId)
  return (
    <Panel level={3} title={t('changes.title')}>
      <RefusalAlert error={complete.error} />
      <QueryState query={changeRequests}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState>{t('changes.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((request) => (
                <li key={request.id} className="space-y-2 py-3">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    {request.title}
                    <Badge tone={TONE[request.status]}>{t(`changes.status.${request.status}`)}</Badge>
                  </p>
                  <p className="text-sm whitespace-pre-line text-slate-700">{request.description}</p>
                  <p className="text-xs text-slate-600">
                    {t('changes.submittedAt', { date: formatDate(request.submitted_at) })}
                  </p>
                  {request.extra_price_vnd !== null && (
                    <p className="text-sm text-slate-800">
                      {t('changes.extra', {
                        price: formatVnd(request.extra_price_vnd),
                        days: request.extra_days ?? 0,
                      })}
                    </p>
                  )}
                  {request.decision_reason && (
                    <p className="text-sm text-red-800">
                      {t('changes.decisionReason', { reason: request.decision_reason })}
                    </p>
                  )}
                  {request.status === 'submitted' && (
                    <QuoteChangeRequestForm engagementId={engagementId} request={request} />
                  )}
                  {request.status === 'approved' && (
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={t('changes.completeLabel', { title: request.title })}
                      isLoading={complete.isPending && complete.variables === request.id}
                      onClick={() => complete.mutate(request.id)}
                    >
                      {t('changes.complete')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  )
}

type QuoteValues = { extraPrice: string; extraDays: string; note: string }

function QuoteChangeRequestForm({ engagementId, request }: { engagementId: string; request: ChangeRequest }) {
  const { t } = useTranslation('engagement-workspace')
  const quote = useQuoteChangeRequest(engagementId)
  const { register, handleSubmit, formState } = useForm<QuoteValues>({
    resolver: standardSchemaResolver(quoteChangeRequestSchema),
    defaultValues: { extraPrice: '', extraDays: '', note: '' },
  })
  const message = (text: string | undefined) => (text ? t(text as 'validation.amountInvalid') : undefined)
  return (
    <form
      noValidate
      aria-label={t('changes.quoteTitle', { title: request.title })}
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={handleSubmit((values) => quote.mutate({ ...values, changeRequestId: request.id }))}
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
      <RefusalAlert error={quote.error} />
      <Button type="submit" size="sm" isLoading={quote.isPending}>
        {quote.isPending ? t('changes.quoting') : t('changes.quote')}
      </Button>
    </form>
  )
}
