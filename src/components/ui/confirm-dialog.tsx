import { useEffect, useId, useRef, type ReactNode } from 'react'

import { Button } from './button'

export type ConfirmTerm = { label: string; value: ReactNode }

type ConfirmDialogProps = {
  title: string
  /** What the person binds themselves to, named one by one (price, days, schedule). */
  terms: ConfirmTerm[]
  description?: ReactNode
  confirmLabel: string
  cancelLabel: string
  isPending?: boolean
  /** What the database answered, shown inside the dialog (a refusal keeps it open). */
  children?: ReactNode
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A modal confirmation of a binding decision: focus starts on "cancel", Escape cancels, and
 * nothing happens until the person confirms. It opens when mounted and closes when unmounted,
 * so React's StrictMode (mount, unmount, mount) leaves it open.
 */
export function ConfirmDialog({
  title,
  terms,
  description,
  confirmLabel,
  cancelLabel,
  isPending = false,
  children,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-terms`}
      onCancel={(event) => {
        event.preventDefault()
        if (!isPending) onCancel()
      }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div id={`${id}-terms`} className="space-y-3">
          {description && <p className="text-sm text-slate-700">{description}</p>}
          <dl className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {terms.map((term) => (
              <div key={term.label} className="flex flex-wrap justify-between gap-2 px-3 py-2 text-sm">
                <dt className="text-slate-600">{term.label}</dt>
                <dd className="font-medium text-slate-900">{term.value}</dd>
              </div>
            ))}
          </dl>
        </div>
        {children}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" disabled={isPending} onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button isLoading={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  )
}
