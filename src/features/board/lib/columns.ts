import { STEPS, type EngagementStep } from '@/lib/workflow'

import type { BoardEngagement } from '../api/get-board'

export type BoardColumn = { step: EngagementStep; engagements: BoardEngagement[]; totalVnd: number }

/** Cards grouped into the seven columns, in step order, with each column's count and VND total. */
export function toColumns(rows: BoardEngagement[]): BoardColumn[] {
  const byStep = new Map<EngagementStep, BoardColumn>(
    STEPS.map((step) => [step, { step, engagements: [], totalVnd: 0 }]),
  )
  for (const row of rows) {
    const column = row.step ? byStep.get(row.step) : undefined
    if (!column) continue
    column.engagements.push(row)
    column.totalVnd += row.agreed_price_vnd ?? 0
  }
  return [...byStep.values()]
}
