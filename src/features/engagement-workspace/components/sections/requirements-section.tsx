import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'
import { QueryState } from '@/components/ui/query-state'
import { formatDate } from '@/lib/format'

import { useRequirements } from '../../api/get-requirements'
import {
  requestRequirementSchema,
  useRequestRequirement,
  type RequestRequirementInput,
} from '../../api/request-requirement'

const TONE: Record<string, BadgeTone> = { requested: 'warning', provided: 'info', confirmed: 'success' }

export function RequirementsSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const requirements = useRequirements(engagementId)
  return (
    <div className="space-y-4">
      <Panel level={3} title={t('requirements.title')}>
        <QueryState query={requirements}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState>{t('requirements.empty')}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {rows.map((item) => (
                  <li key={item.id} className="space-y-1 py-3">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                      {item.title}
                      <Badge tone={TONE[item.status]}>{t(`requirements.status.${item.status}`)}</Badge>
                    </p>
                    {item.description && <p className="text-sm text-slate-700">{item.description}</p>}
                    <p className="text-xs text-slate-600">
                      {t('requirements.requestedAt', { date: formatDate(item.requested_at) })}
                    </p>
                    {item.response && (
                      <p className="rounded bg-slate-50 p-2 text-sm text-slate-800">
                        <span className="font-medium">{t('requirements.response')}: </span>
                        {item.response}
                      </p>
                    )}
                    {item.confirmed_at && (
                      <p className="text-xs text-emerald-800">
                        {t('requirements.confirmedAt', { date: formatDate(item.confirmed_at) })}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Panel>
      <RequestRequirementForm engagementId={engagementId} />
    </div>
  )
}

function RequestRequirementForm({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const request = useRequestRequirement(engagementId)
  const { register, handleSubmit, formState, reset } = useForm<RequestRequirementInput>({
    resolver: standardSchemaResolver(requestRequirementSchema),
    defaultValues: { title: '', description: '' },
  })
  const titleError = formState.errors.title?.message
  return (
    <Panel level={3} title={t('requirements.formTitle')}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit((values) => request.mutate(values, { onSuccess: () => reset() }))}
      >
        <Field
          label={t('requirements.itemTitle')}
          error={titleError ? t(titleError as 'validation.titleRequired') : undefined}
        >
          <Input {...register('title')} />
        </Field>
        <Field label={t('requirements.itemDescription')}>
          <TextArea {...register('description')} />
        </Field>
        <RefusalAlert error={request.error} />
        {request.isSuccess && (
          <Alert tone="info">{t('requirements.sent', { title: request.data.title })}</Alert>
        )}
        <Button type="submit" isLoading={request.isPending}>
          {request.isPending ? t('requirements.submitting') : t('requirements.submit')}
        </Button>
      </form>
    </Panel>
  )
}
