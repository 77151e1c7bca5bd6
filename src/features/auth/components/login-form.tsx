import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { prepareSignIn } from '@/lib/auth'

import { signInSchema, useSignIn, type SignInInput } from '../api/sign-in'
import { signInErrorKey } from '../api/sign-in-error'

export function LoginForm() {
  const { t } = useTranslation('auth')
  const signIn = useSignIn()
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: standardSchemaResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  })
  const fieldError = (name: keyof SignInInput) => {
    const message = formState.errors[name]?.message
    return message ? t(message as 'validation.emailRequired') : undefined
  }

  return (
    <form
      noValidate
      onInput={prepareSignIn}
      onSubmit={handleSubmit((input) => signIn.mutate(input))}
      className="space-y-5"
    >
      {signIn.isError && <Alert>{t(signInErrorKey(signIn.error))}</Alert>}
      <Field label={t('login.email')} error={fieldError('email')}>
        {/* The page has one task; starting in its first field saves a click for everyone. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input type="email" autoComplete="username" autoFocus inputMode="email" {...register('email')} />
      </Field>
      <Field label={t('login.password')} error={fieldError('password')}>
        <Input type="password" autoComplete="current-password" {...register('password')} />
      </Field>
      <Button type="submit" size="lg" className="w-full" isLoading={signIn.isPending}>
        {signIn.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  )
}
