import { useTranslation } from 'react-i18next'

import { STEPS, stepIndex, stepName, type EngagementStep } from '@/lib/workflow'

/**
 * The seven steps with the current one marked. On a phone only the segments and the current
 * step's name show; the full list stays readable by screen readers.
 */
export function StepProgress({ step }: { step: EngagementStep }) {
  const { t } = useTranslation('client-portal')
  const current = stepIndex(step)
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">
        {t('progress.current', { number: current + 1, total: STEPS.length, step: stepName(step) })}
      </p>
      <ol aria-label={t('progress.label')} className="mt-2 grid grid-cols-7 gap-1">
        {STEPS.map((each, index) => (
          <li key={each} aria-current={index === current ? 'step' : undefined} className="min-w-0">
            <span
              aria-hidden="true"
              className={`block h-1.5 rounded-full ${index < current ? 'bg-brand-600' : index === current ? 'bg-amber-500' : 'bg-slate-200'}`}
            />
            <span
              className={`mt-1 hidden truncate text-[11px] lg:block ${index === current ? 'font-semibold text-slate-900' : 'text-slate-600'}`}
            >
              {stepName(each)}
            </span>
            <span className="sr-only lg:hidden">
              {stepName(each)}
              {index < current ? ` (${t('progress.done')})` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
