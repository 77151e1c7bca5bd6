import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

import { accountErrorKey } from '../api/account-error'
import { newPasswordSchema } from '../api/schemas'
import { useSetPassword } from '../api/set-password'
import { NewPasswordFields } from './new-password-fields'
import { useSchemaForm } from './use-schema-form'

/** A signed-in person's new password; this session stays, the others end. */
export function ChangePasswordForm() {
  const { t } = useTranslation('account')
  const save = useSetPassword()
  const { errors, onSubmit } = useSchemaForm(newPasswordSchema, (values) =>
    save.mutate(values, { onSuccess: () => (document.activeElement as HTMLElement | null)?.blur() }),
  )
  return (
    <form noValidate onSubmit={onSubmit} onInput={() => save.isSuccess && save.reset()} className="space-y-5">
      {save.isError && <Alert>{t(accountErrorKey(save.error))}</Alert>}
      {save.isSuccess && <Alert tone="info">{t('profile.passwordSaved')}</Alert>}
      <NewPasswordFields errors={errors} />
      <Button type="submit" isLoading={save.isPending}>
        {t('profile.passwordSave')}
      </Button>
    </form>
  )
}
