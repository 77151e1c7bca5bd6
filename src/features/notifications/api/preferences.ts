import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import type { NotificationKind } from './get-notifications'
import { notificationKeys } from './keys'

export const EMAIL_CHOICES = ['immediately', 'daily_digest', 'off'] as const
export type EmailChoice = (typeof EMAIL_CHOICES)[number]

export type NotificationPreferences = {
  language: 'vi' | 'en'
  email: Partial<Record<string, EmailChoice>>
}

const isChoice = (value: string): value is EmailChoice => (EMAIL_CHOICES as readonly string[]).includes(value)

/** The person's email choice per kind (missing: immediately) and the language they are written in. */
export async function getPreferences(): Promise<NotificationPreferences> {
  const [preferences, settings] = await Promise.all([
    supabase.from('notification_preferences').select('kind, email'),
    supabase.from('notification_settings').select('language'),
  ])
  if (preferences.error) throw preferences.error
  if (settings.error) throw settings.error
  const email: NotificationPreferences['email'] = {}
  for (const row of preferences.data) if (isChoice(row.email)) email[row.kind] = row.email
  return { language: settings.data[0]?.language === 'en' ? 'en' : 'vi', email }
}

export const getPreferencesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: notificationKeys.preferences(userId), queryFn: getPreferences })

export function usePreferences(userId: string) {
  return useQuery(getPreferencesQueryOptions(userId))
}

export async function setPreference({ kind, email }: { kind: NotificationKind; email: EmailChoice }) {
  const { error } = await supabase.rpc('set_notification_preference', { kind, email })
  if (error) throw error
}

export async function setNotificationLanguage(language: 'vi' | 'en') {
  const { error } = await supabase.rpc('set_notification_language', { language })
  if (error) throw error
}

export function useSetPreference(userId: string) {
  return useInvalidatingMutation({
    mutationFn: setPreference,
    invalidates: () => [notificationKeys.preferences(userId)],
  })
}

export function useSetNotificationLanguage(userId: string) {
  return useInvalidatingMutation({
    mutationFn: setNotificationLanguage,
    invalidates: () => [notificationKeys.preferences(userId)],
  })
}
