import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { paths } from '@/config/paths'

import { accountErrorKey } from '../api/account-error'
import { newPasswordSchema } from '../api/schemas'
import { useSetPassword } from '../api/set-password'
import { NewPasswordFields } from './new-password-fields'
import { useSchemaForm } from './use-schema-form'

/** After the recovery link signed the person in: the new password, then their home. */
export function ResetPasswordForm() {
  const { t } = useTranslation('account')
  const navigate = useNavigate()
  const save = useSetPassword()
  const { errors, onSubmit } = useSchemaForm(newPasswordSchema, (values) =>
    save.mutate(values, { onSuccess: () => void navigate(paths.home.getHref(), { replace: true }) }),
  )
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {save.isError && <Alert>{t(accountErrorKey(save.error))}</Alert>}
      <NewPasswordFields errors={errors} />
      <Button type="submit" size="lg" className="w-full" isLoading={save.isPending}>
        {save.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
      </Button>
    </form>
  )
}
