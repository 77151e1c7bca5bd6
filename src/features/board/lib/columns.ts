import { STEPS, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement } from '../api/board-query'
import type { BoardPage } from '../api/get-board'

export type BoardColumn = {
  step: EngagementStep
  /** The column's cards on the first page, in the board's order. */
  engagements: BoardEngagement[]
  /** The database's count and VND total of the whole column under the filters. */
  count: number
  totalVnd: number
}

const byBoardOrder = (a: BoardEngagement, b: BoardEngagement) =>
  a.step_entered_at.localeCompare(b.step_entered_at) || a.id.localeCompare(b.id)

/** The cards of one column among those given, each once, in the board's order. */
export function cardsOf(step: EngagementStep, cards: BoardEngagement[]): BoardEngagement[] {
  const unique = new Map<string, BoardEngagement>()
  for (const card of cards) if (card.step === step && !unique.has(card.id)) unique.set(card.id, card)
  return [...unique.values()].toSorted(byBoardOrder)
}

/** The seven columns, in step order, with the database's count and VND total of each. */
export function toColumns(page: BoardPage): BoardColumn[] {
  return STEPS.map((step) => {
    const total = page.totals[step]
    return {
      step,
      engagements: cardsOf(step, page.cards),
      count: total?.count ?? 0,
      totalVnd: total?.totalVnd ?? 0,
    }
  })
}
