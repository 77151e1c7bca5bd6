import { useState } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { useTranslation } from 'react-i18next'

import { formatVnd } from '@/lib/format'
import { stepName, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement, BoardQuery } from '../api/board-query'
import { cursorOf, useColumnPages, type ColumnCursor } from '../api/get-column-pages'
import { cardsOf, type BoardColumn as Column } from '../lib/columns'
import { EngagementCard } from './engagement-card'

type BoardColumnProps = {
  column: Column
  query: BoardQuery
  /** While a card is dragged: why it may not enter this column, or null. */
  dimmedReason: string | null
  dragging: boolean
  hintOf: (engagement: BoardEngagement, step: EngagementStep) => string | null
  onMove: (engagement: BoardEngagement, step: EngagementStep) => void
  /** The card just moved, which keeps the focus; cleared when the person moves it elsewhere. */
  focusId: string | null
  onFocusLeft: () => void
}

/** One step's column: its count and total from the database, its cards a page at a time. */
export function BoardColumn({
  column,
  query,
  dimmedReason,
  dragging,
  hintOf,
  onMove,
  focusId,
  onFocusLeft,
}: BoardColumnProps) {
  const { t } = useTranslation('board')
  const [from, setFrom] = useState<ColumnCursor | null>(null)
  const later = useColumnPages(query, column.step, from)
  const { setNodeRef, isOver } = useDroppable({ id: column.step })
  const headingId = `column-${column.step}`
  const visible = cardsOf(column.step, [...column.engagements, ...(later.data?.pages.flat() ?? [])])
  const left = Math.max(column.count - visible.length, 0)
  const dimmed = dragging && dimmedReason !== null
  const loadingMore = later.isFetchingNextPage || (from !== null && later.isPending)
  const showMore = () => {
    const last = column.engagements.at(-1)
    if (loadingMore) return
    if (from === null && last) setFrom(cursorOf(last))
    else void later.fetchNextPage()
  }

  return (
    <section
      ref={setNodeRef}
      data-column={column.step}
      aria-labelledby={headingId}
      className={`flex w-72 shrink-0 flex-col rounded-lg border bg-slate-50 transition ${
        dimmed ? 'border-slate-200 opacity-60' : 'border-slate-200'
      } ${isOver && !dimmed ? 'ring-2 ring-brand-500' : ''} ${isOver && dimmed ? 'ring-2 ring-red-400' : ''}`}
    >
      <header className="border-b border-slate-200 px-3 py-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {stepName(column.step)}
        </h2>
        <p className="text-xs text-slate-700">
          {t('column.summary', { count: column.count, total: formatVnd(column.totalVnd) })}
        </p>
        {dimmed && (
          <p className="mt-1 rounded bg-white px-2 py-1 text-xs font-medium text-slate-800">
            {t('column.dimmed', { reason: dimmedReason })}
          </p>
        )}
      </header>
      <ol className="flex flex-1 flex-col gap-2 p-2" aria-labelledby={headingId}>
        {visible.map((engagement) => (
          <li key={engagement.id}>
            <EngagementCard
              engagement={engagement}
              hintOf={hintOf}
              onMove={onMove}
              keepFocus={focusId !== null && focusId === engagement.id}
              onFocusLeft={onFocusLeft}
            />
          </li>
        ))}
        {visible.length === 0 && (
          <li className="px-1 py-4 text-center text-xs text-slate-600">{t('column.empty')}</li>
        )}
      </ol>
      {left > 0 && (
        <button
          type="button"
          onClick={showMore}
          aria-describedby={headingId}
          className="m-2 mt-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {loadingMore ? t('column.loadingMore') : t('column.showMore', { count: left })}
        </button>
      )}
    </section>
  )
}
