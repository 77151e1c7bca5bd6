/** The typed request the parse stage produces: names are still unchecked strings. */

export type JsonStep = { arrow: '->' | '->>'; key: string }

export interface Field {
  name: string
  jsonPath: JsonStep[]
}

export type SelectItem =
  | { kind: 'star' }
  | { kind: 'column'; field: Field; alias: string | null; cast: string | null }
  | {
      kind: 'embed'
      relation: string
      alias: string | null
      hint: string | null
      joinType: 'inner' | 'left' | null
      spread: boolean
      select: SelectItem[]
    }

export const OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'match',
  'imatch',
  'is',
  'isdistinct',
  'in',
  'cs',
  'cd',
  'ov',
  'sl',
  'sr',
  'nxl',
  'nxr',
  'adj',
  'fts',
  'plfts',
  'phfts',
  'wfts',
] as const
export type Operator = (typeof OPERATORS)[number]

export type FilterValue =
  | { kind: 'single'; value: string }
  | { kind: 'list'; values: string[] }
  | { kind: 'quantified'; quantifier: 'any' | 'all'; values: string[] }
  | { kind: 'text-search'; config: string | null; query: string }

export interface Filter {
  kind: 'filter'
  field: Field
  negated: boolean
  operator: Operator
  value: FilterValue
}

export interface LogicTree {
  kind: 'logic'
  operator: 'and' | 'or'
  negated: boolean
  conditions: Condition[]
}

export type Condition = Filter | LogicTree

export interface OrderTerm {
  field: Field
  direction: 'asc' | 'desc' | null
  nulls: 'first' | 'last' | null
}

/** A query parameter that targets an embedded resource: `clients.name=eq.x` has path ['clients']. */
export interface Scoped<T> {
  path: string[]
  value: T
}

/** A root filter kept with its raw text: on RPC GET the planner may take it as an argument instead. */
export interface RawFilter {
  key: string
  raw: string
  condition: Scoped<Condition> | Error
}

export interface Preferences {
  return: 'minimal' | 'representation' | 'headers-only' | null
  count: 'exact' | 'planned' | 'estimated' | null
  resolution: 'merge-duplicates' | 'ignore-duplicates' | null
  missing: 'default' | 'null' | null
  tx: 'commit' | 'rollback' | null
}

export interface ParsedQuery {
  select: SelectItem[]
  filters: RawFilter[]
  logic: Scoped<Condition>[]
  order: Scoped<OrderTerm[]>[]
  limits: Scoped<number>[]
  offsets: Scoped<number>[]
  columns: string[] | null
  onConflict: string[] | null
}
