import { useMutation } from '@tanstack/react-query'

import { loadSupabase } from '@/lib/auth'

import type { NewPasswordInput } from './schemas'

/** A new password for the signed-in person; Auth ends their other sessions. */
export async function setPassword({ password }: Pick<NewPasswordInput, 'password'>): Promise<void> {
  const { supabase } = await loadSupabase()
  const { error } = await supabase.auth.updateUser({ password })
  if (error) throw error
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword })
}
