import { useTranslation } from 'react-i18next'

import { stepIndex, stepName, STEPS, type EngagementStep } from '@/lib/workflow'

/** The seven steps in order; the current one is marked for screen readers with aria-current. */
export function StepProgress({ step }: { step: EngagementStep }) {
  const { t } = useTranslation('engagement-workspace')
  const current = stepIndex(step)
  return (
    <nav aria-label={t('header.progress')}>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {STEPS.map((candidate, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'next'
          const tone =
            state === 'current'
              ? 'border-brand-600 bg-brand-600 text-white'
              : state === 'done'
                ? 'border-brand-200 bg-brand-50 text-brand-900'
                : 'border-slate-200 bg-white text-slate-600'
          return (
            <li
              key={candidate}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-md border px-2 py-1.5 text-xs ${tone}`}
            >
              <span className="block font-semibold">{index + 1}</span>
              <span className="block leading-tight">{stepName(candidate)}</span>
              {state !== 'next' && (
                <span className="sr-only">
                  ({state === 'current' ? t('header.currentStep') : t('header.doneStep')})
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
