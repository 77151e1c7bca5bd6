import { useTranslation } from 'react-i18next'

export type Feedback = { tone: 'error' | 'success'; text: string; detail?: string }

/** What happened to the last move: refusals are alerts, successes polite status messages. */
export function MoveFeedback({ feedback, onDismiss }: { feedback: Feedback | null; onDismiss: () => void }) {
  const { t } = useTranslation('board')
  const error = feedback?.tone === 'error'
  return (
    <div role={error ? 'alert' : 'status'} aria-live={error ? 'assertive' : 'polite'}>
      {feedback && (
        <div
          className={`flex items-start justify-between gap-3 rounded-md border px-3 py-2 text-sm ${
            error
              ? 'border-red-200 bg-red-50 text-red-900'
              : 'border-emerald-200 bg-emerald-50 text-emerald-900'
          }`}
        >
          <p>
            {feedback.text}
            {feedback.detail && <span className="block font-medium">{feedback.detail}</span>}
          </p>
          <button
            type="button"
            onClick={onDismiss}
            aria-label={t('move.dismiss')}
            className="rounded px-1 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
