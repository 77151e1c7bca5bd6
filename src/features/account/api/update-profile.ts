import { profileKeys } from '@/lib/profile'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { accountKeys } from './keys'
import type { ProfileInput } from './schemas'

export type ProfileUpdate = ProfileInput & {
  /** The person chose another language: notifications and emails are written in it from now on. */
  languageChanged: boolean
}

/**
 * Name and phone go to the person's own rows (the database refuses anything else); the language to
 * their account and, when they changed it, to the language they are written to in.
 */
export async function updateProfile({
  fullName,
  phone,
  language,
  languageChanged,
}: ProfileUpdate): Promise<void> {
  const saved = await supabase.rpc('update_my_profile', { full_name: fullName, phone })
  if (saved.error) throw saved.error
  const { error } = await supabase.auth.updateUser({ data: { full_name: fullName, language } })
  if (error) throw error
  if (!languageChanged) return
  const written = await supabase.rpc('set_notification_language', { language })
  if (written.error) throw written.error
}

export function useUpdateProfile(userId: string) {
  return useInvalidatingMutation({
    mutationFn: updateProfile,
    invalidates: () => [accountKeys.profile(userId), profileKeys.all],
  })
}
