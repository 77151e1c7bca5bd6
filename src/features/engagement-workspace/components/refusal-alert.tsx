import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { describeRefusal } from '@/lib/workflow'

/** What the database refused, in words: what is missing and who must act. */
export function RefusalAlert({ error }: { error: unknown }) {
  useTranslation() // re-render in the new language when it changes
  if (!error) return null
  const refusal = describeRefusal(error)
  return (
    <Alert>
      {refusal.message}
      {refusal.waitingOnMessage && <span className="mt-1 block font-medium">{refusal.waitingOnMessage}</span>}
    </Alert>
  )
}
