import type { Routine } from '../plan/schema-types.ts'
import { ident, qualified, type SqlParams } from './params.ts'

/**
 * The FROM items that call a routine: the arguments arrive as one JSON parameter, typed by
 * json_to_record with the routine's own parameter types, then passed by name.
 */
export function routineCall(
  routine: Routine,
  args: Record<string, unknown>,
  wholeBody: boolean,
  params: SqlParams,
): { from: string; call: string } {
  const name = qualified(routine.schema, routine.name)
  if (wholeBody)
    return { from: '', call: `${name}(${params.add(JSON.stringify(args))}::${routine.params[0]!.type})` }
  const given = routine.params.filter((param) => param.name in args)
  if (given.length === 0) return { from: '', call: `${name}()` }
  const columns = given.map((param) => `${ident(param.name)} ${param.type}`).join(', ')
  const from = `json_to_record(${params.add(JSON.stringify(args))}::json) as "pgrst_args"(${columns})`
  const named = given.map((param) => `${ident(param.name)} := "pgrst_args".${ident(param.name)}`).join(', ')
  return { from, call: `${name}(${named})` }
}

/** `from` for reading the routine's rows as the relation "t0". */
export function routineRowsFrom(call: { from: string; call: string }, columnName: string | null): string {
  const alias = columnName === null ? '"t0"' : `"t0"(${ident(columnName)})`
  return call.from ? `${call.from} cross join lateral ${call.call} ${alias}` : `${call.call} ${alias}`
}

/** A scalar routine: its one value as JSON text. */
export function scalarCallSql(call: { from: string; call: string }, isVoid: boolean): string {
  const value = isVoid ? `(${call.call})::text` : `to_json(${call.call})::text`
  return `select ${value} as "body", 1 as "page_total", null::bigint as "total"${call.from ? ` from ${call.from}` : ''}`
}
