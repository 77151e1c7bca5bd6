import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { LANGUAGES, useLanguage } from '@/lib/i18n'

import { accountErrorKey } from '../api/account-error'
import { profileSchema } from '../api/schemas'
import { useUpdateProfile } from '../api/update-profile'
import { useSchemaForm } from './use-schema-form'

type ValidationKey = 'validation.fullNameRequired'

export interface ProfileDetails {
  full_name: string
  phone: string | null
  email: string
}

/** Name, phone and language; the email and the role are not the person's to change here. */
export function ProfileForm({ userId, details }: { userId: string; details: ProfileDetails }) {
  const { t } = useTranslation(['account', 'common'])
  const [language, changeLanguage] = useLanguage()
  const update = useUpdateProfile(userId)
  const { errors, onSubmit } = useSchemaForm(profileSchema, (values) =>
    update.mutate(
      { ...values, languageChanged: values.language !== language },
      { onSuccess: () => changeLanguage(values.language) },
    ),
  )
  const error = (name: string) => (errors[name] ? t(errors[name] as ValidationKey) : undefined)
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      onInput={() => update.isSuccess && update.reset()}
      className="space-y-5"
    >
      {update.isError && <Alert>{t(accountErrorKey(update.error))}</Alert>}
      {update.isSuccess && <Alert tone="info">{t('profile.saved')}</Alert>}
      <Field label={t('profile.email')}>
        <Input name="email" type="email" value={details.email} readOnly />
      </Field>
      <Field label={t('fields.fullName')} error={error('fullName')}>
        <Input name="fullName" autoComplete="name" defaultValue={details.full_name} />
      </Field>
      <Field label={t('fields.phone')} error={error('phone')}>
        <Input name="phone" type="tel" autoComplete="tel" defaultValue={details.phone ?? ''} />
      </Field>
      <Field label={t('fields.language')}>
        <Select name="language" defaultValue={language}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`common:language.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" isLoading={update.isPending}>
        {update.isPending ? t('profile.saving') : t('profile.save')}
      </Button>
    </form>
  )
}
