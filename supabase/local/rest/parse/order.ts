import { parseField } from './field.ts'
import { queryParamError } from '../errors.ts'
import { splitTopLevel } from './split.ts'
import type { OrderTerm } from './types.ts'

/** `name.desc.nullsfirst,id` -> order terms. */
export function parseOrder(raw: string): OrderTerm[] {
  return splitTopLevel(raw).map((term) => {
    // Built only when a term fails: an error object costs a stack trace.
    const failure = () =>
      queryParamError(`"failed to parse order (${raw})" (line 1, column 1)`, `unexpected "${term}"`)
    const parts = term.trim().split('.')
    const field = parseField(parts[0] ?? '')
    if (!field) throw failure()
    const order: OrderTerm = { field, direction: null, nulls: null }
    for (const modifier of parts.slice(1)) {
      if ((modifier === 'asc' || modifier === 'desc') && order.direction === null && order.nulls === null)
        order.direction = modifier
      else if ((modifier === 'nullsfirst' || modifier === 'nullslast') && order.nulls === null)
        order.nulls = modifier === 'nullsfirst' ? 'first' : 'last'
      else throw failure()
    }
    return order
  })
}
