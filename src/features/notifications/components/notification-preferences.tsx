import { useTranslation } from 'react-i18next'

import { Field } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { QueryState } from '@/components/ui/query-state'
import { Select } from '@/components/ui/select'

import { NOTIFICATION_KINDS } from '../api/get-notifications'
import {
  EMAIL_CHOICES,
  usePreferences,
  useSetNotificationLanguage,
  useSetPreference,
  type EmailChoice,
} from '../api/preferences'

/** Per kind: email at once, in the daily digest, or not at all; and the language written in. */
export function NotificationPreferences({ userId }: { userId: string }) {
  const { t } = useTranslation('notifications')
  const preferences = usePreferences(userId)
  const setPreference = useSetPreference(userId)
  const setLanguage = useSetNotificationLanguage(userId)
  return (
    <Panel title={t('preferences.title')} description={t('preferences.description')}>
      <QueryState query={preferences}>
        {(current) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t('preferences.language')}>
              <Select
                value={current.language}
                onChange={(event) => setLanguage.mutate(event.target.value === 'en' ? 'en' : 'vi')}
              >
                <option value="vi">{t('languages.vi')}</option>
                <option value="en">{t('languages.en')}</option>
              </Select>
            </Field>
            {NOTIFICATION_KINDS.map((kind) => (
              <Field key={kind} label={t(`kinds.${kind}`)}>
                <Select
                  value={current.email[kind] ?? 'immediately'}
                  onChange={(event) =>
                    setPreference.mutate({ kind, email: event.target.value as EmailChoice })
                  }
                >
                  {EMAIL_CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`preferences.choices.${choice}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
