import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { Select } from '@/components/ui/select'

import {
  assignAccountManagerSchema,
  useAssignAccountManager,
  type AssignAccountManagerInput,
} from '../api/assign-account-manager'
import type { EngagementSummary } from '../api/get-engagement'
import { useStaff } from '../api/get-staff'

type FormValues = Omit<AssignAccountManagerInput, 'expectedVersion'>

/** Managers choose the account manager from active staff; the database checks the choice. */
export function ReassignAccountManager({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation('engagement-workspace')
  const [open, setOpen] = useState(false)
  const staff = useStaff()
  const assign = useAssignAccountManager(engagement.id ?? '')
  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver: standardSchemaResolver(assignAccountManagerSchema),
    defaultValues: { accountManagerId: '' },
  })
  const error = formState.errors.accountManagerId?.message

  if (!open) {
    return (
      <div className="space-y-2">
        {assign.isSuccess && (
          <Alert tone="info">
            {t('reassign.done', {
              name: staff.data?.find((s) => s.user_id === assign.data.account_manager_id)?.full_name ?? '',
            })}
          </Alert>
        )}
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
          {t('reassign.open')}
        </Button>
      </div>
    )
  }
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={handleSubmit((values) =>
        assign.mutate(
          { ...values, expectedVersion: engagement.version ?? 0 },
          { onSuccess: () => setOpen(false) },
        ),
      )}
    >
      <Field label={t('reassign.label')} error={error ? t(error as 'validation.reasonRequired') : undefined}>
        <Select {...register('accountManagerId')}>
          <option value="">{t('reassign.choose')}</option>
          {(staff.data ?? [])
            .filter((member) => member.active && member.user_id !== engagement.account_manager_id)
            .map((member) => (
              <option key={member.user_id} value={member.user_id}>
                {member.full_name} ({member.email})
              </option>
            ))}
        </Select>
      </Field>
      <RefusalAlert error={assign.error} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" isLoading={assign.isPending}>
          {assign.isPending ? t('reassign.submitting') : t('reassign.submit')}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          {t('reassign.cancel')}
        </Button>
      </div>
    </form>
  )
}
