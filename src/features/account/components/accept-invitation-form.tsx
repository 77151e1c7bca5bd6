import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { paths } from '@/config/paths'

import { accountErrorKey } from '../api/account-error'
import { useAcceptInvitation } from '../api/accept-invitation'
import { acceptInvitationSchema } from '../api/schemas'
import { NewPasswordFields } from './new-password-fields'
import { useSchemaForm } from './use-schema-form'

/** The invitee's name and password; then the app takes them to their side's home. */
export function AcceptInvitationForm({ suggestedName }: { suggestedName: string }) {
  const { t } = useTranslation('account')
  const navigate = useNavigate()
  const accept = useAcceptInvitation()
  const { errors, onSubmit } = useSchemaForm(acceptInvitationSchema, (values) =>
    accept.mutate(values, { onSuccess: () => void navigate(paths.home.getHref(), { replace: true }) }),
  )
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {accept.isError && <Alert>{t(accountErrorKey(accept.error))}</Alert>}
      <Field
        label={t('fields.fullName')}
        error={errors.fullName ? t(errors.fullName as 'validation.fullNameRequired') : undefined}
      >
        <Input name="fullName" autoComplete="name" defaultValue={suggestedName} />
      </Field>
      <NewPasswordFields errors={errors} />
      <Button type="submit" size="lg" className="w-full" isLoading={accept.isPending}>
        {accept.isPending ? t('acceptInvitation.submitting') : t('acceptInvitation.submit')}
      </Button>
    </form>
  )
}
