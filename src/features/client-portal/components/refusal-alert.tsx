import { Alert } from '@/components/ui/alert'
import { describeRefusal } from '@/lib/workflow'

/** A database refusal in words: what is missing, and who must act. */
export function RefusalAlert({ error }: { error: unknown }) {
  if (!error) return null
  const refusal = describeRefusal(error)
  return (
    <Alert>
      {refusal.message}
      {refusal.waitingOnMessage && <span className="block text-red-700">{refusal.waitingOnMessage}</span>}
    </Alert>
  )
}
