import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'

import { ADMIN_NS, adminErrorText } from '../messages'

/** What the database (or the invitation function) refused, in words. */
export function AdminAlert({ error }: { error: unknown }) {
  useTranslation(ADMIN_NS) // re-render in the new language when it changes
  if (!error) return null
  return <Alert>{adminErrorText(error)}</Alert>
}
