import { useMutation } from '@tanstack/react-query'

import { paths } from '@/config/paths'
import { loadSupabase } from '@/lib/auth'

import type { EmailInput } from './schemas'

/** Auth emails a one-time link back to the reset page; it answers alike whether or not the address has an account. */
export async function requestPasswordReset({ email }: EmailInput): Promise<void> {
  const { supabase } = await loadSupabase()
  const redirectTo = `${window.location.origin}${paths.auth.resetPassword.getHref()}`
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo })
  if (error) throw error
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}
