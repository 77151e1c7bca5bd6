import { profileKeys } from '@/lib/profile'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { accountKeys } from './keys'
import type { ProfileInput } from './schemas'

/** Name and phone go to the person's own rows (the database refuses anything else); the language to their account. */
export async function updateProfile({ fullName, phone, language }: ProfileInput): Promise<void> {
  const saved = await supabase.rpc('update_my_profile', { full_name: fullName, phone })
  if (saved.error) throw saved.error
  const { error } = await supabase.auth.updateUser({ data: { full_name: fullName, language } })
  if (error) throw error
}

export function useUpdateProfile(userId: string) {
  return useInvalidatingMutation({
    mutationFn: updateProfile,
    invalidates: () => [accountKeys.profile(userId), profileKeys.all],
  })
}
