import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import type { BoardQuery } from './board-query'
import { boardKeys } from './keys'

export type FilterOption = { value: string; label: string }
type OptionRow = Database['public']['Functions']['board_filter_options']['Returns'][number]

/** The clients and account managers on the viewer's board, for the filters' lists. */
export async function getFilterOptions(states: BoardQuery['states']) {
  // Thousands of clients do not fit one response.
  const rows = await readAllPages<OptionRow>((from, to) =>
    supabase.rpc('board_filter_options', { states: [...states] }, { count: 'exact' }).range(from, to),
  )
  const of = (kind: string): FilterOption[] =>
    rows.filter((row) => row.kind === kind).map((row) => ({ value: row.value, label: row.label }))
  return { clients: of('client'), accountManagers: of('account_manager') }
}

export const getFilterOptionsQueryOptions = (states: BoardQuery['states']) =>
  queryOptions({
    queryKey: boardKeys.filterOptions(states),
    queryFn: () => getFilterOptions(states),
    staleTime: 60_000,
  })

/** Asked for once the cards are painted, so the board's first paint needs one request only. */
export function useFilterOptions(states: BoardQuery['states'], enabled: boolean) {
  return useQuery({ ...getFilterOptionsQueryOptions(states), enabled })
}
