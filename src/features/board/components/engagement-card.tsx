import { memo, useEffect, useRef, type FocusEvent } from 'react'
import { useDraggable } from '@dnd-kit/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { paths } from '@/config/paths'
import { formatVnd } from '@/lib/format'
import { formatWaiting, secondsSince, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement } from '../api/board-query'
import { MoveMenu } from './move-menu'
import { StateBadge } from './state-badge'
import { WhoseMove } from './whose-move'

type EngagementCardProps = {
  engagement: BoardEngagement
  hintOf: (engagement: BoardEngagement, step: EngagementStep) => string | null
  onMove: (engagement: BoardEngagement, step: EngagementStep) => void
  /** This card was just moved: its handle takes the focus wherever the card (re)appears. */
  keepFocus?: boolean
  /** The person moved the focus elsewhere themselves. */
  onFocusLeft?: () => void
}

/** One engagement on the board: what it is, whose move, how long, and how to move it. */
export const EngagementCard = memo(function EngagementCard({
  engagement,
  hintOf,
  onMove,
  keepFocus = false,
  onFocusLeft,
}: EngagementCardProps) {
  const { t } = useTranslation('board')
  const { id, code } = engagement
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: id ?? '',
    data: { engagement },
  })
  const handleRef = useRef<HTMLButtonElement | null>(null)
  // A move re-mounts the card in its new column (and again in the old one if refused): without
  // this the focus would fall to the page body.
  useEffect(() => {
    if (keepFocus) handleRef.current?.focus()
  }, [keepFocus])
  const titleId = `card-${id}`
  if (!id || !engagement.step) return null
  // Focus going somewhere (not merely lost with the re-mount) means the person moved on.
  const onBlur = (event: FocusEvent<HTMLButtonElement>) => {
    if (keepFocus && event.relatedTarget instanceof Node) onFocusLeft?.()
  }
  return (
    <article
      ref={setNodeRef}
      data-card=""
      aria-labelledby={titleId}
      className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${isDragging ? 'opacity-40' : ''}`}
    >
      <CardBody engagement={engagement} titleId={titleId} />
      <div className="mt-2 flex items-center justify-between border-t border-slate-100 pt-2">
        <button
          type="button"
          ref={handleRef}
          data-card-control="handle"
          onBlur={onBlur}
          {...attributes}
          {...listeners}
          aria-label={t('card.drag', { code })}
          className="cursor-grab touch-none rounded px-1.5 py-1 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <MoveMenu
          code={code ?? ''}
          current={engagement.step}
          hintOf={(step) => hintOf(engagement, step)}
          onMove={(step) => onMove(engagement, step)}
        />
      </div>
    </article>
  )
})

/** The card's text, also shown in the drag overlay. */
export function CardBody({ engagement, titleId }: { engagement: BoardEngagement; titleId?: string }) {
  const { t } = useTranslation('board')
  const { id, code, title, state } = engagement
  return (
    <div className="space-y-2">
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="min-w-0 text-sm leading-snug">
          <Link
            to={paths.engagement.getHref(id ?? '')}
            data-card-control={titleId ? 'link' : undefined}
            className="font-semibold text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span className="block font-mono text-xs">{code}</span>
            <span className="block text-slate-900">{title}</span>
          </Link>
        </h3>
        {state && state !== 'active' && <StateBadge state={state} />}
      </div>
      <p className="text-xs text-slate-700">{engagement.client_name}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700">
        <dt>{t('card.accountManager')}</dt>
        <dd>{engagement.account_manager_name ?? t('card.noAccountManager')}</dd>
        <dt>{t('card.agreedValue')}</dt>
        <dd className="font-medium text-slate-900">
          {engagement.agreed_price_vnd === null ? t('card.noValue') : formatVnd(engagement.agreed_price_vnd)}
        </dd>
        <dt>{t('card.inStep')}</dt>
        <dd>{formatWaiting(secondsSince(engagement.step_entered_at))}</dd>
      </dl>
      <WhoseMove
        party={engagement.whose_move ?? 'none'}
        reason={engagement.whose_move_reason}
        providerSeconds={engagement.provider_waiting_seconds}
        clientSeconds={engagement.client_waiting_seconds}
      />
    </div>
  )
}
