import { useCallback, useMemo, useState } from 'react'
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
import { isStep, type EngagementStep } from '@/lib/workflow'

import { boardStatesFor, useBoard, type BoardEngagement } from '../api/get-board'
import { boardAnnouncements } from '../lib/announcements'
import { toColumns } from '../lib/columns'
import { hasFilters, matchesFilters, readFilters } from '../lib/filters'
import { columnKeyboardCoordinates } from '../lib/keyboard'
import { moveHintSentence } from '../lib/viewer'
import { BoardColumn } from './board-column'
import { BoardFilters } from './board-filters'
import { CardBody } from './engagement-card'
import { MoveFeedback } from './move-feedback'
import { RejectDialog } from './reject-dialog'
import { useBoardMove } from './use-board-move'

/** The kanban board: seven steps, cards the database lets this person see, moves it decides. */
export function Board() {
  const { t } = useTranslation('board')
  const profile = useCurrentProfile()
  const [params] = useSearchParams()
  const filters = readFilters(params)
  const board = useBoard(boardStatesFor(filters.state))
  const [activeId, setActiveId] = useState<string | null>(null)
  const move = useBoardMove(profile)

  const rows = useMemo(() => board.data ?? [], [board.data])
  const byId = useMemo(() => new Map(rows.map((row) => [row.id ?? '', row])), [rows])
  const filtered = useMemo(() => rows.filter(matchesFilters(filters)), [rows, filters])
  const columns = useMemo(() => toColumns(filtered), [filtered])
  const active = activeId ? byId.get(activeId) : undefined

  const hintOf = useCallback(
    (engagement: BoardEngagement, step: EngagementStep) => moveHintSentence(profile, engagement, step),
    [profile],
  )
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  )
  const announcements = boardAnnouncements(t, {
    codeOf: (id) => byId.get(String(id))?.code ?? '',
    stepOf: (id) => byId.get(String(id))?.step ?? null,
    reasonOf: (id, step) => {
      const engagement = byId.get(String(id))
      return engagement && isStep(step) ? hintOf(engagement, step) : null
    },
  })

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActiveId(String(dragged.id))
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null)
    const engagement = byId.get(String(dragged.id))
    if (engagement && over && isStep(over.id) && over.id !== engagement.step)
      move.request(engagement, over.id)
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
      <BoardFilters rows={rows} showAccountManager={isManagerProfile(profile)} />
      <MoveFeedback feedback={move.feedback} onDismiss={move.dismiss} />
      <p className="text-sm text-slate-700">
        {filtered.length === 0
          ? t(hasFilters(filters) ? 'emptyFiltered' : 'empty')
          : t('summary', { count: filtered.length })}
      </p>
      <DndContext
        sensors={sensors}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <div className="relative left-1/2 flex w-screen -translate-x-1/2 gap-3 overflow-x-auto px-4 pb-4 sm:px-6 2xl:justify-center">
          {columns.map((column) => (
            <BoardColumn
              key={column.step}
              column={column}
              dragging={active !== undefined}
              dimmedReason={active ? hintOf(active, column.step) : null}
              hintOf={hintOf}
              onMove={move.request}
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
        <RejectDialog
          code={move.rejecting.code ?? ''}
          onSubmit={move.confirmRejection}
          onCancel={move.cancelRejection}
        />
      )}
    </div>
  )
}
