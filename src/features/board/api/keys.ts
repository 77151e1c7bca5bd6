import type { EngagementStep } from '@/lib/workflow'

import type { BoardQuery } from './board-query'

/** Every board query starts with 'board': one invalidation refreshes first pages and later ones. */
export const boardKeys = {
  all: ['board'] as const,
  first: (query: BoardQuery) => ['board', 'first', query] as const,
  more: (query: BoardQuery, step: EngagementStep) => ['board', 'more', query, step] as const,
  filterOptions: (states: BoardQuery['states']) => ['board', 'filter-options', states] as const,
}
