import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'

/** Whole-app fallback: the last line of defence, so it reloads rather than trusting app state. */
export function AppErrorFallback() {
  const { t } = useTranslation()
  return (
    <div role="alert" className="flex min-h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t('errors.title')}</h1>
      <p className="max-w-md text-slate-600">{t('errors.description')}</p>
      <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
    </div>
  )
}

/** One failing panel keeps the rest of its page usable. */
export function SectionErrorFallback({ reset }: { reset: () => void }) {
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      className="flex items-center justify-between gap-4 rounded-lg border border-red-200 bg-red-50 p-4"
    >
      <p className="text-sm text-red-800">{t('errors.section')}</p>
      <Button variant="secondary" size="sm" onClick={reset}>
        {t('errors.retry')}
      </Button>
    </div>
  )
}
