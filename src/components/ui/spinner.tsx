import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

const sizes = { sm: 'size-4 border-2', md: 'size-6 border-2', lg: 'size-10 border-[3px]' }

export function Spinner({ size = 'md', label }: { size?: keyof typeof sizes; label?: string }) {
  const { t } = useTranslation()
  return (
    <span role="status" className="inline-flex items-center gap-2">
      <span
        aria-hidden="true"
        className={`${sizes[size]} animate-spin rounded-full border-current border-r-transparent`}
      />
      <span className="sr-only">{label ?? t('status.loading')}</span>
    </span>
  )
}

/** After this long a spinner says the server is slow or unreachable, instead of spinning silently. */
const SLOW_AFTER_MS = 4_000

function useSlow(): boolean {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return slow
}

/** Fills the space of a page while its data or code loads. */
export function PageSpinner() {
  const { t } = useTranslation()
  const slow = useSlow()
  return (
    <div className="flex min-h-64 flex-1 flex-col items-center justify-center gap-3 text-brand-600">
      <Spinner size="lg" />
      {slow && (
        <p role="status" className="text-sm text-slate-700">
          {t('status.slow')}
        </p>
      )}
    </div>
  )
}
