import { queryParamError } from '../errors.ts'
import { LIMITS } from './limits.ts'

/** Splits at `separator` outside parentheses, braces and double quotes. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\\' && quoted) i++
    else if (char === '"') quoted = !quoted
    else if (quoted) continue
    else if (char === '(' || char === '{') {
      depth++
      if (depth > LIMITS.nesting)
        throw queryParamError(`"failed to parse (${text.slice(0, 60)})"`, 'nested too deeply')
    } else if (char === ')' || char === '}') depth--
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  if (parts.length > LIMITS.listItems)
    throw queryParamError('Too many items in a list', `more than ${LIMITS.listItems}`)
  return parts
}

/** `"a \"b\""` -> `a "b"`; anything else unchanged. */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
    return text.slice(1, -1).replace(/\\(.)/g, '$1')
  return text
}
