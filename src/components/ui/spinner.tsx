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

/** Fills the space of a page while its data or code loads. */
export function PageSpinner() {
  return (
    <div className="flex min-h-64 flex-1 items-center justify-center text-brand-600">
      <Spinner size="lg" />
    </div>
  )
}
