import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { paths } from '@/config/paths'
import { prepareSignIn } from '@/lib/auth'

import { checkSignIn, useSignIn, type SignInFieldError, type SignInInput } from '../api/sign-in'
import { signInErrorKey } from '../api/sign-in-error'

type FieldErrors = Partial<Record<keyof SignInInput, SignInFieldError>>

/**
 * Two fields checked by the browser's constraint validation. A plain form keeps the first visit's
 * download inside its budget; the form and schema libraries load with the pages that need them.
 */
export function LoginForm() {
  const { t } = useTranslation('auth')
  const signIn = useSignIn()
  const [errors, setErrors] = useState<FieldErrors>({})

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const field = (name: keyof SignInInput) => form.elements.namedItem(name) as HTMLInputElement
    const checked = checkSignIn(field('email'), field('password'))
    if (!checked.ok) {
      setErrors(checked.errors)
      const firstInvalid = (['email', 'password'] as const).find((name) => checked.errors[name])
      if (firstInvalid) field(firstInvalid).focus()
      return
    }
    setErrors({})
    signIn.mutate(checked.input)
  }
  const fieldError = (name: keyof SignInInput) => {
    const message = errors[name]
    return message ? t(message) : undefined
  }

  return (
    <form noValidate onInput={prepareSignIn} onSubmit={submit} className="space-y-5">
      {signIn.isError && <Alert>{t(signInErrorKey(signIn.error))}</Alert>}
      <Field label={t('login.email')} error={fieldError('email')}>
        {/* The page has one task; starting in its first field saves a click for everyone. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input name="email" type="email" required autoComplete="username" autoFocus inputMode="email" />
      </Field>
      <Field label={t('login.password')} error={fieldError('password')}>
        <Input name="password" type="password" required autoComplete="current-password" />
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link to={paths.auth.forgotPassword.getHref()} className="font-medium text-brand-700 underline">
          {t('login.forgotPassword')}
        </Link>
      </p>
      <Button type="submit" size="lg" className="w-full" isLoading={signIn.isPending}>
        {signIn.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  )
}
