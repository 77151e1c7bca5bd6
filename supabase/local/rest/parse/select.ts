import { parseField } from './field.ts'
import { queryParamError } from '../errors.ts'
import { LIMITS } from './limits.ts'
import { splitTopLevel, unquote } from './split.ts'
import type { SelectItem } from './types.ts'

/** Parses PostgREST's `select` grammar: columns, aliases, casts, JSON paths and nested embeds. */
export function parseSelect(text: string, depth = 0): SelectItem[] {
  if (depth > LIMITS.nesting)
    throw queryParamError('"failed to parse select parameter"', 'embeds nested too deeply')
  if (text.trim() === '') return depth === 0 ? [{ kind: 'star' }] : []
  return splitTopLevel(text).map((item) => parseItem(item.trim(), depth, text))
}

function parseItem(item: string, depth: number, whole: string): SelectItem {
  const failure = () =>
    queryParamError(
      `"failed to parse select parameter (${whole})" (line 1, column 1)`,
      `unexpected "${item}"`,
    )
  if (item === '*') return { kind: 'star' }
  const aliasMatch = /^("(?:[^"\\]|\\.)*"|[^:()"!.]+):(?!:)/.exec(item)
  const alias = aliasMatch ? unquote(aliasMatch[1]!.trim()) : null
  let rest = aliasMatch ? item.slice(aliasMatch[0].length).trim() : item
  const spread = rest.startsWith('...')
  if (spread) rest = rest.slice(3)
  const open = rest.indexOf('(')
  if (open !== -1) {
    if (!rest.endsWith(')')) throw failure()
    const [relation, ...modifiers] = rest
      .slice(0, open)
      .split('!')
      .map((part) => part.trim())
    if (!relation) throw failure()
    let hint: string | null = null
    let joinType: 'inner' | 'left' | null = null
    for (const modifier of modifiers) {
      if (modifier === 'inner' || modifier === 'left') joinType = modifier
      else if (modifier && hint === null) hint = modifier
      else throw failure()
    }
    const select = parseSelect(rest.slice(open + 1, -1), depth + 1)
    return { kind: 'embed', relation: unquote(relation), alias, hint, joinType, spread, select }
  }
  if (spread) throw failure()
  const [fieldText, cast, extra] = rest.split('::')
  const field = parseField(fieldText ?? '')
  if (
    !field ||
    extra !== undefined ||
    (cast !== undefined && !/^[a-z_][a-z0-9_ ]*(\[\])?$/i.test(cast.trim()))
  )
    throw failure()
  return { kind: 'column', field, alias, cast: cast?.trim().toLowerCase() ?? null }
}
