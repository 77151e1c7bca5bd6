import { useTranslation } from 'react-i18next'

import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

type Key = 'validation.passwordTooShort'

/** The new password twice, as every password form of the account asks it. */
export function NewPasswordFields({ errors }: { errors: Record<string, string> }) {
  const { t } = useTranslation('account')
  const error = (name: string) => (errors[name] ? t(errors[name] as Key) : undefined)
  return (
    <>
      <Field label={t('fields.password')} hint={t('fields.passwordHint')} error={error('password')}>
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      <Field label={t('fields.confirmation')} error={error('confirmation')}>
        <Input name="confirmation" type="password" autoComplete="new-password" />
      </Field>
    </>
  )
}
