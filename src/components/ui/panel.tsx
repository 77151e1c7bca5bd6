import { useId, type ReactNode } from 'react'

type PanelProps = {
  title: string
  /** The page's anchor for this panel (`#payments`); an id of its own otherwise. */
  id?: string
  description?: string
  actions?: ReactNode
  /** h2 for a panel of a page (a landmark region), h3 for one inside a tab (the tab is the landmark). */
  level?: 2 | 3
  children: ReactNode
}

/** A titled region of a page. */
export function Panel({ title, id, description, actions, level = 2, children }: PanelProps) {
  const ownId = useId()
  const titleId = `${id ?? ownId}-title`
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section
      id={id}
      aria-labelledby={level === 2 ? titleId : undefined}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Heading id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </Heading>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  )
}
