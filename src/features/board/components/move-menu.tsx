import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

import { STEPS, stepName, type EngagementStep } from '@/lib/workflow'

type MoveMenuProps = {
  code: string
  current: EngagementStep
  /** Why each step would likely be refused, or null: shown as a hint, the database decides. */
  hintOf: (step: EngagementStep) => string | null
  onMove: (step: EngagementStep) => void
}

/** "Move to…": the same moves as dragging, for keyboards and anyone who prefers a menu. */
export function MoveMenu({ code, current, hintOf, onMove }: MoveMenuProps) {
  const { t } = useTranslation('board')
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  const targets = STEPS.filter((step) => step !== current)

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [open])

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') close()
    else return
    event.preventDefault()
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        data-card-control="menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('card.moveToLabel', { code })}
        onClick={() => setOpen((value) => !value)}
        className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {t('card.moveTo')}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('card.moveToLabel', { code })}
          onKeyDown={onMenuKey}
          className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {targets.map((step) => {
            const hint = hintOf(step)
            return (
              <li key={step} role="none">
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    close()
                    onMove(step)
                  }}
                  className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-50 focus:bg-brand-50 focus:outline-none"
                >
                  <span className={hint ? 'text-slate-600' : 'font-medium text-slate-900'}>
                    {stepName(step)}
                  </span>
                  {hint && (
                    <span className="block text-xs text-slate-600">{t('card.hintNo', { reason: hint })}</span>
                  )}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
