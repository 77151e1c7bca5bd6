import { useMutation } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { loadSupabase } from '@/lib/auth'

/** Messages are translation keys of the `auth` namespace; the form translates them. */
export const signInSchema = z.object({
  email: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.emailRequired'), z.email('validation.emailInvalid')),
  password: z.string().check(z.minLength(1, 'validation.passwordRequired')),
})

export type SignInInput = z.infer<typeof signInSchema>

export async function signIn({ email, password }: SignInInput) {
  const { supabase } = await loadSupabase()
  const { data, error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) throw error
  return data.session
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn })
}
