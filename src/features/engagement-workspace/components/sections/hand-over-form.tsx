import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { TextArea } from '@/components/ui/text-area'

import type { EngagementSummary } from '../../api/get-engagement'
import { handOverSchema, useHandOver } from '../../api/hand-over'

/** Completion -> acceptance, with a note the client reads beside the deliverables. */
export function HandOverForm({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const handOver = useHandOver(engagement.id ?? '')
  const { register, handleSubmit, formState } = useForm<{ note: string }>({
    resolver: standardSchemaResolver(handOverSchema),
    defaultValues: { note: '' },
  })
  const error = formState.errors.note?.message
  return (
    <Panel level={3} title={t('handOver.title')}>
      <form
        noValidate
        aria-label={t('handOver.title')}
        className="space-y-3"
        onSubmit={handleSubmit(({ note }) =>
          handOver.mutate({
            note,
            engagementId: engagement.id ?? '',
            expectedVersion: engagement.version ?? 0,
          }),
        )}
      >
        <p className="text-sm text-slate-600">{t('handOver.hint')}</p>
        <Field label={t('handOver.note')} error={error ? t('validation.noteTooLong') : undefined}>
          <TextArea rows={4} {...register('note')} />
        </Field>
        <RefusalAlert error={handOver.error} />
        <Button type="submit" isLoading={handOver.isPending}>
          {t('handOver.submit')}
        </Button>
      </form>
    </Panel>
  )
}
