import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import * as z from 'zod/mini'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { paths } from '@/config/paths'
import { prepareSignIn } from '@/lib/auth'

import { signInSchema, useSignIn, type SignInInput } from '../api/sign-in'
import { signInErrorKey } from '../api/sign-in-error'

type FieldErrors = Partial<Record<keyof SignInInput, string>>

/**
 * Two fields validated by the mutation's own schema. A plain form keeps the first visit's
 * download inside its budget; the heavier form library loads with the pages that need it.
 */
export function LoginForm() {
  const { t } = useTranslation('auth')
  const signIn = useSignIn()
  const [errors, setErrors] = useState<FieldErrors>({})

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = Object.fromEntries(new FormData(form))
    const parsed = z.safeParse(signInSchema, values)
    if (!parsed.success) {
      const found: FieldErrors = {}
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as keyof SignInInput
        found[name] ??= issue.message
      }
      setErrors(found)
      const firstInvalid = Object.keys(found)[0]
      if (firstInvalid) form.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus()
      return
    }
    setErrors({})
    signIn.mutate(parsed.data)
  }
  const fieldError = (name: keyof SignInInput) => {
    const message = errors[name]
    return message ? t(message as 'validation.emailRequired') : undefined
  }

  return (
    <form noValidate onInput={prepareSignIn} onSubmit={submit} className="space-y-5">
      {signIn.isError && <Alert>{t(signInErrorKey(signIn.error))}</Alert>}
      <Field label={t('login.email')} error={fieldError('email')}>
        {/* The page has one task; starting in its first field saves a click for everyone. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input name="email" type="email" autoComplete="username" autoFocus inputMode="email" />
      </Field>
      <Field label={t('login.password')} error={fieldError('password')}>
        <Input name="password" type="password" autoComplete="current-password" />
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
