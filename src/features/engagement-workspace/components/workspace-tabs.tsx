import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'

import { SectionBoundary } from '@/components/errors/section-boundary'

export const TABS = [
  'timeline',
  'requirements',
  'quote',
  'payments',
  'documents',
  'changes',
  'acceptance',
  'duties',
  'warranty',
] as const
export type WorkspaceTab = (typeof TABS)[number]

function isTab(value: string | null): value is WorkspaceTab {
  return (TABS as readonly (string | null)[]).includes(value)
}

/**
 * The sections as an ARIA tablist: the open tab lives in `?tab=` so a link opens it; arrow keys,
 * Home and End move between tabs. Each panel has its own error boundary.
 */
export function WorkspaceTabs({ renderPanel }: { renderPanel: (tab: WorkspaceTab) => ReactNode }) {
  const { t } = useTranslation('engagement-workspace')
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get('tab')
  const active: WorkspaceTab = isTab(requested) ? requested : 'timeline'
  const tabRefs = useRef<Partial<Record<WorkspaceTab, HTMLButtonElement | null>>>({})

  const select = (tab: WorkspaceTab, focus = false) => {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        next.set('tab', tab)
        return next
      },
      { replace: true },
    )
    if (focus) tabRefs.current[tab]?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(active)
    const target =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (!target) return
    event.preventDefault()
    select(target, true)
  }

  return (
    <div className="space-y-4">
      <div
        role="tablist"
        tabIndex={-1}
        aria-label={t('tabs.label')}
        onKeyDown={onKeyDown}
        className="flex gap-1 overflow-x-auto border-b border-slate-200"
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => select(tab)}
            className="-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 aria-selected:border-brand-600 aria-selected:text-brand-800"
          >
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${active}`}
        aria-labelledby={`tab-${active}`}
        tabIndex={0}
        className="rounded-md focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <SectionBoundary key={active}>{renderPanel(active)}</SectionBoundary>
      </div>
    </div>
  )
}
