import type { Announcements } from '@dnd-kit/core'
import type { TFunction } from 'i18next'

import { isStep, stepName } from '@/lib/workflow'

import type { BoardEngagement } from '../api/board-query'

type Lookup = {
  codeOf: (id: string | number) => string
  stepOf: (id: string | number) => BoardEngagement['step'] | null
  reasonOf: (id: string | number, step: string) => string | null
}

function columnName(id: string | number | undefined): string {
  return isStep(id) ? stepName(id) : ''
}

/** What screen readers hear while a card is dragged, in the page's language. */
export function boardAnnouncements(t: TFunction<'board'>, lookup: Lookup): Announcements {
  const from = (id: string | number) => {
    const step = lookup.stepOf(id)
    return step ? stepName(step) : ''
  }
  return {
    onDragStart: ({ active }) => t('dnd.pickedUp', { code: lookup.codeOf(active.id), step: from(active.id) }),
    onDragOver: ({ active, over }) => {
      const code = lookup.codeOf(active.id)
      if (!over) return t('dnd.outside', { code })
      const reason = lookup.reasonOf(active.id, String(over.id))
      const step = columnName(over.id)
      return reason ? t('dnd.overDimmed', { code, step, reason }) : t('dnd.over', { code, step })
    },
    // A drop only asks the database: the move's outcome (moved, or refused and why) is announced
    // by the board's feedback region once it answers, so this never claims the card was moved.
    onDragEnd: ({ active, over }) =>
      over && over.id !== lookup.stepOf(active.id)
        ? t('dnd.moving', { code: lookup.codeOf(active.id), step: columnName(over.id) })
        : t('dnd.cancelled', { code: lookup.codeOf(active.id), step: from(active.id) }),
    onDragCancel: ({ active }) =>
      t('dnd.cancelled', { code: lookup.codeOf(active.id), step: from(active.id) }),
  }
}
