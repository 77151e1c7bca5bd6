import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'

import {
  changeStateSchema,
  useChangeEngagementState,
  type EngagementState,
} from '../api/change-engagement-state'
import type { EngagementSummary } from '../api/get-engagement'

const ACTIONS = [
  { to: 'on_hold', key: 'hold', from: ['active'] },
  { to: 'active', key: 'resume', from: ['on_hold'] },
  { to: 'cancelled', key: 'cancel', from: ['active', 'on_hold'] },
  { to: 'closed', key: 'close', from: ['active'] },
] as const satisfies readonly { to: EngagementState; key: string; from: readonly EngagementState[] }[]

type Action = (typeof ACTIONS)[number]

/** Hold, resume, cancel or close, each with a reason; whether it is allowed is the database's call. */
export function StateActions({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const [chosen, setChosen] = useState<Action | null>(null)
  const available = ACTIONS.filter(
    (action) => engagement.state && (action.from as readonly string[]).includes(engagement.state),
  )
  if (available.length === 0) return null
  return (
    <div className="space-y-2">
      <div role="group" aria-label={t('stateChange.title')} className="flex flex-wrap gap-2">
        {available.map((action) => (
          <Button
            key={action.key}
            variant="secondary"
            size="sm"
            aria-pressed={chosen?.key === action.key}
            onClick={() => setChosen(action)}
          >
            {t(`stateChange.${action.key}`)}
          </Button>
        ))}
      </div>
      {chosen && (
        <StateChangeForm
          key={chosen.key}
          engagement={engagement}
          action={chosen}
          onDone={() => setChosen(null)}
        />
      )}
    </div>
  )
}

type StateChangeValues = { toState: EngagementState; reason: string }

function StateChangeForm({
  engagement,
  action,
  onDone,
}: {
  engagement: EngagementSummary
  action: Action
  onDone: () => void
}) {
  const { t } = useTranslation('engagement-workspace')
  const change = useChangeEngagementState(engagement.id ?? '')
  const { register, handleSubmit, formState } = useForm<StateChangeValues>({
    resolver: standardSchemaResolver(changeStateSchema),
    defaultValues: { toState: action.to, reason: '' },
  })
  const error = formState.errors.reason?.message
  const title = t('stateChange.dialogTitle', {
    action: t(`stateChange.${action.key}`),
    code: engagement.code,
  })
  return (
    <form
      noValidate
      aria-label={title}
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={handleSubmit((values) =>
        change.mutate({ ...values, expectedVersion: engagement.version ?? 0 }, { onSuccess: onDone }),
      )}
    >
      <p className="text-sm font-semibold text-slate-900">{title}</p>
      <Field
        label={t('stateChange.reason')}
        hint={t('stateChange.reasonHint')}
        error={error ? t(error as 'validation.reasonRequired') : undefined}
      >
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on request; typing the reason is the next step */}
        <TextArea autoFocus {...register('reason')} />
      </Field>
      <RefusalAlert error={change.error} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" isLoading={change.isPending}>
          {change.isPending ? t('stateChange.submitting') : t('stateChange.submit')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          {t('stateChange.dismiss')}
        </Button>
      </div>
    </form>
  )
}
