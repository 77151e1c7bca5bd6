import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { useQueryClient, type InfiniteData } from '@tanstack/react-query'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'

import { isManagerProfile, useCurrentProfile } from '@/lib/profile'
import { isStep, STEPS, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement } from '../api/board-query'
import { useBoard } from '../api/get-board'
import { useFilterOptions } from '../api/get-filter-options'
import { boardKeys } from '../api/keys'
import { boardAnnouncements } from '../lib/announcements'
import { cardNavigationTarget } from '../lib/card-navigation'
import { toColumns } from '../lib/columns'
import { hasFilters, readFilters, toBoardQuery } from '../lib/filters'
import { columnKeyboardCoordinates } from '../lib/keyboard'
import { moveHintSentence } from '../lib/viewer'
import { BoardColumn } from './board-column'
import { BoardFilters } from './board-filters'
import { CardBody } from './engagement-card'
import { MoveFeedback } from './move-feedback'
import { useBoardMove } from './use-board-move'

/** Only a rejection at acceptance asks for a reason: its form code loads when it opens. */
const RejectDialog = lazy(() =>
  import('./reject-dialog').then((module) => ({ default: module.RejectDialog })),
)

/** True once `ready` and the browser is idle: what the first paint does not need waits till then. */
function useAfterPaint(ready: boolean): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!ready || idle) return
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(() => setIdle(true), 100)
      return () => clearTimeout(timer)
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }, [ready, idle])
  return idle
}

/** The kanban board: seven steps, cards the database lets this person see, moves it decides. */
export function Board({ onPainted }: { onPainted?: () => void }) {
  const { t } = useTranslation('board')
  const profile = useCurrentProfile()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const filters = readFilters(params)
  const query = useMemo(() => toBoardQuery(readFilters(params)), [params])
  const board = useBoard(query)
  const painted = useAfterPaint(board.isSuccess)
  useEffect(() => {
    if (painted) onPainted?.()
  }, [painted, onPainted])
  const options = useFilterOptions(query.states, painted)
  const [activeId, setActiveId] = useState<string | null>(null)
  const move = useBoardMove(profile, query)
  const [focusId, setFocusId] = useState<string | null>(null)
  const clearFocus = useCallback(() => setFocusId(null), [])
  const requestMove = useCallback(
    (engagement: BoardEngagement, step: EngagementStep) => {
      setFocusId(engagement.id)
      move.request(engagement, step)
    },
    [move],
  )

  const columns = useMemo(() => (board.data ? toColumns(board.data) : []), [board.data])
  const total = columns.reduce((sum, column) => sum + column.count, 0)
  /** A card the board has loaded, on the first page or a later one of its column. */
  const cardById = (id: string | number): BoardEngagement | undefined => {
    const key = String(id)
    const later = STEPS.flatMap(
      (step) =>
        queryClient
          .getQueryData<InfiniteData<BoardEngagement[]>>(boardKeys.more(query, step))
          ?.pages.flat() ?? [],
    )
    return [...(board.data?.cards ?? []), ...later].find((card) => card.id === key)
  }
  const active = activeId ? cardById(activeId) : undefined

  const hintOf = useCallback(
    (engagement: BoardEngagement, step: EngagementStep) => moveHintSentence(profile, engagement, step),
    [profile],
  )
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  )
  const announcements = boardAnnouncements(t, {
    codeOf: (id) => cardById(id)?.code ?? '',
    stepOf: (id) => cardById(id)?.step ?? null,
    reasonOf: (id, step) => {
      const engagement = cardById(id)
      return engagement && isStep(step) ? hintOf(engagement, step) : null
    },
  })

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActiveId(String(dragged.id))
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null)
    const engagement = cardById(dragged.id)
    if (engagement && over && isStep(over.id) && over.id !== engagement.step) requestMove(engagement, over.id)
  }
  const onBoardKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (activeId || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    const next = cardNavigationTarget(event.target, event.key)
    if (!next) return
    event.preventDefault()
    next.focus()
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }

  if (board.isPending) return <p role="status">{t('loading')}</p>
  if (board.isError) {
    return (
      <div
        role="alert"
        className="flex items-center gap-3 rounded-md border border-red-200 bg-red-50 p-3 text-red-900"
      >
        <p>{t('loadFailed')}</p>
        <button
          type="button"
          className="rounded border border-red-300 bg-white px-3 py-1 text-sm"
          onClick={() => void board.refetch()}
        >
          {t('retry')}
        </button>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <BoardFilters options={options.data} showAccountManager={isManagerProfile(profile)} />
      <MoveFeedback feedback={move.feedback} onDismiss={move.dismiss} />
      <p className="text-sm text-slate-700">
        {total === 0 ? t(hasFilters(filters) ? 'emptyFiltered' : 'empty') : t('summary', { count: total })}
      </p>
      {total > 0 && <p className="text-xs text-slate-600">{t('keyboardHint')}</p>}
      <DndContext
        sensors={sensors}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        {/* Arrow keys between cards are handled here, for every card at once (see card-navigation). */}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
        <div
          onKeyDown={onBoardKey}
          className="relative left-1/2 flex w-screen -translate-x-1/2 gap-3 overflow-x-auto px-4 pb-4 sm:px-6 2xl:justify-center"
        >
          {columns.map((column) => (
            <BoardColumn
              // A new filter starts every column again from its first page.
              key={`${column.step}:${JSON.stringify(query)}`}
              column={column}
              query={query}
              dragging={active !== undefined}
              dimmedReason={active ? hintOf(active, column.step) : null}
              hintOf={hintOf}
              onMove={requestMove}
              focusId={focusId}
              onFocusLeft={clearFocus}
            />
          ))}
        </div>
        <DragOverlay>
          {active ? (
            <div className="w-72 rotate-1 rounded-lg border border-brand-300 bg-white p-3 shadow-xl">
              <CardBody engagement={active} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {move.rejecting && (
        <Suspense>
          <RejectDialog
            code={move.rejecting.code ?? ''}
            onSubmit={move.confirmRejection}
            onCancel={move.cancelRejection}
          />
        </Suspense>
      )}
    </div>
  )
}
