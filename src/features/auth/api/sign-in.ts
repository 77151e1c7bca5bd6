import { useMutation } from '@tanstack/react-query'

import { loadSupabase } from '@/lib/auth'

export type SignInInput = { email: string; password: string }

/** Translation keys of the `auth` namespace. */
export type SignInFieldError =
  'validation.emailRequired' | 'validation.emailInvalid' | 'validation.passwordRequired'

export type SignInCheck =
  | { ok: true; input: SignInInput }
  | { ok: false; errors: Partial<Record<keyof SignInInput, SignInFieldError>> }

/**
 * The form's two rules, checked by the browser's own constraint validation (`required`,
 * `type="email"`, whose value the browser trims), so the first visit downloads no schema library.
 */
export function checkSignIn(email: HTMLInputElement, password: HTMLInputElement): SignInCheck {
  const errors: Partial<Record<keyof SignInInput, SignInFieldError>> = {}
  if (email.validity.valueMissing || email.value.trim() === '') errors.email = 'validation.emailRequired'
  else if (email.validity.typeMismatch) errors.email = 'validation.emailInvalid'
  if (password.validity.valueMissing || password.value === '') errors.password = 'validation.passwordRequired'
  if (errors.email || errors.password) return { ok: false, errors }
  return { ok: true, input: { email: email.value.trim(), password: password.value } }
}

export async function signIn({ email, password }: SignInInput) {
  const { supabase } = await loadSupabase()
  const { data, error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) throw error
  return data.session
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn })
}
