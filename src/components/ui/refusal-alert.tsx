import { useTranslation } from 'react-i18next'

import { describeRefusal, type RefusalPage } from '@/lib/workflow'

import { Alert } from './alert'

/** What the database refused, in words: what is missing and who must act. */
export function RefusalAlert({ error, where }: { error: unknown; where?: RefusalPage }) {
  useTranslation() // re-render in the new language when it changes
  if (!error) return null
  const refusal = describeRefusal(error, where)
  return (
    <Alert>
      {refusal.message}
      {refusal.waitingOnMessage && <span className="mt-1 block font-medium">{refusal.waitingOnMessage}</span>}
    </Alert>
  )
}
