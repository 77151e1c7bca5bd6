import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

import { accountErrorKey } from '../api/account-error'
import { useRequestPasswordReset } from '../api/request-password-reset'
import { emailSchema } from '../api/schemas'
import { useSchemaForm } from './use-schema-form'

/** One field; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('account')
  const request = useRequestPasswordReset()
  const { errors, onSubmit } = useSchemaForm(emailSchema, (values) => request.mutate(values))
  if (request.isSuccess) {
    return <Alert tone="info">{t('forgotPassword.sent', { email: request.variables.email })}</Alert>
  }
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {request.isError && <Alert>{t(accountErrorKey(request.error))}</Alert>}
      <Field
        label={t('fields.email')}
        error={errors.email ? t(errors.email as 'validation.emailRequired') : undefined}
      >
        {/* The page has one task; starting in its field saves a click for everyone. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input name="email" type="email" autoComplete="username" inputMode="email" autoFocus />
      </Field>
      <Button type="submit" size="lg" className="w-full" isLoading={request.isPending}>
        {request.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
      </Button>
    </form>
  )
}
