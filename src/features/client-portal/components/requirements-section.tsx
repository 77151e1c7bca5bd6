import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { QueryState } from '@/components/ui/query-state'
import { formatDateTime } from '@/lib/format'

import { useConfirmRequirement } from '../api/confirm-requirement'
import { useRequirements, type Requirement } from '../api/get-requirements'
import { provideRequirementSchema, useProvideRequirement } from '../api/provide-requirement'

import { useEngagementView } from './engagement-context'
import { ReasonForm } from './reason-form'

const TONE = { requested: 'warning', provided: 'brand', confirmed: 'success' } as const

function RequirementItem({ requirement }: { requirement: Requirement }) {
  const { t } = useTranslation('client-portal')
  const provide = useProvideRequirement()
  const confirm = useConfirmRequirement()
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-slate-900">{requirement.title}</h3>
        <Badge tone={TONE[requirement.status]}>{t(`requirements.status.${requirement.status}`)}</Badge>
      </div>
      {requirement.description && <p className="text-sm text-slate-700">{requirement.description}</p>}
      {requirement.response && (
        <p className="rounded-md bg-slate-50 p-2 text-sm whitespace-pre-line text-slate-800">
          <span className="font-medium">{t('requirements.yourAnswer')} </span>
          {requirement.response}
        </p>
      )}
      {requirement.confirmed_at && (
        <p className="text-sm text-slate-600">
          {t('requirements.confirmedOn', { date: formatDateTime(requirement.confirmed_at) })}
        </p>
      )}
      <RefusalAlert error={provide.error ?? confirm.error} />
      {requirement.status !== 'confirmed' && (
        <ReasonForm
          schema={provideRequirementSchema}
          field="response"
          label={requirement.status === 'requested' ? t('requirements.answer') : t('requirements.correct')}
          submitLabel={t('requirements.send')}
          isPending={provide.isPending}
          onSubmit={(response) => provide.mutate({ requirementId: requirement.id, response })}
        />
      )}
      {requirement.status === 'provided' && (
        <div className="space-y-1">
          <p className="text-sm text-slate-700">{t('requirements.confirmHint')}</p>
          <Button
            isLoading={confirm.isPending}
            onClick={() => confirm.mutate({ requirementId: requirement.id })}
          >
            {t('requirements.confirm')}
          </Button>
        </div>
      )}
    </li>
  )
}

/** C1 and C2: information the provider asked for, answered and then confirmed as accurate. */
export function RequirementsSection() {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const requirements = useRequirements(engagementId)
  const rows = requirements.data ?? []
  return (
    <QueryState
      query={requirements}
      failure="boundary"
      isEmpty={rows.length === 0}
      empty={t('requirements.none')}
    >
      <ul className="divide-y divide-slate-200">
        {rows.map((requirement) => (
          <RequirementItem key={requirement.id} requirement={requirement} />
        ))}
      </ul>
    </QueryState>
  )
}
