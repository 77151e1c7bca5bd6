/**
 * The part of TOML that `supabase/config.toml` uses: tables, dotted bare keys, strings, integers,
 * booleans and arrays (over several lines too). Anything else is refused with its line, so a
 * setting the stack cannot read is never silently dropped.
 */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable
export interface TomlTable {
  [key: string]: TomlValue
}

const BARE_KEY = /[A-Za-z0-9_-]/
const INTEGER = /^[+-]?\d[\d_]*(?![\d.:eE-])/

export function parseToml(text: string): TomlTable {
  const root: TomlTable = {}
  let table = root
  let at = 0

  const fail = (what: string): never => {
    throw new Error(`TOML line ${text.slice(0, at).split('\n').length}: ${what}`)
  }
  const skip = (newlines: boolean) => {
    while (at < text.length) {
      const char = text[at]!
      if (char === '#') while (at < text.length && text[at] !== '\n') at++
      else if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) at++
      else return
    }
  }
  const endOfLine = () => {
    skip(false)
    if (at < text.length && text[at] !== '\n') fail(`unexpected "${text[at]}"`)
  }
  const dottedKey = (): string[] => {
    const parts: string[] = []
    for (;;) {
      skip(false)
      const start = at
      while (at < text.length && BARE_KEY.test(text[at]!)) at++
      if (at === start) fail('a bare key was expected')
      parts.push(text.slice(start, at))
      skip(false)
      if (text[at] !== '.') return parts
      at++
    }
  }
  const descend = (from: TomlTable, keys: string[]): TomlTable =>
    keys.reduce<TomlTable>((parent, key) => {
      parent[key] ??= {}
      const child = parent[key]
      if (typeof child !== 'object' || Array.isArray(child)) return fail(`"${key}" is not a table`)
      return child
    }, from)

  const value = (): TomlValue => {
    const char = text[at]
    if (char === '"' || char === "'") return string(char)
    if (char === '[') return array()
    for (const [word, meaning] of [
      ['true', true],
      ['false', false],
    ] as const) {
      if (text.startsWith(word, at) && !BARE_KEY.test(text[at + word.length] ?? '')) {
        at += word.length
        return meaning
      }
    }
    const integer = INTEGER.exec(text.slice(at, at + 40))
    if (!integer) return fail('only strings, integers, booleans and arrays are read')
    at += integer[0].length
    return Number(integer[0].replaceAll('_', ''))
  }
  const string = (quote: string): string => {
    let result = ''
    for (at++; text[at] !== quote; at++) {
      if (at >= text.length || text[at] === '\n') fail('unterminated string')
      if (quote === '"' && text[at] === '\\') result += escape()
      else result += text[at]
    }
    at++
    return result
  }
  const escape = (): string => {
    const code = text[++at]
    const simple: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' }
    if (code && simple[code]) return simple[code]
    if (code === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) {
      at += 4
      return String.fromCharCode(parseInt(text.slice(at - 3, at + 1), 16))
    }
    return fail(`unsupported escape "\\${code ?? ''}"`)
  }
  const array = (): TomlValue[] => {
    const items: TomlValue[] = []
    at++
    for (skip(true); text[at] !== ']'; skip(true)) {
      if (at >= text.length) fail('unterminated array')
      items.push(value())
      skip(true)
      if (text[at] === ',') at++
      else if (text[at] !== ']') fail('"," or "]" was expected')
    }
    at++
    return items
  }

  for (skip(true); at < text.length; skip(true)) {
    if (text[at] === '[') {
      if (text[at + 1] === '[') fail('arrays of tables are not read')
      at++
      const keys = dottedKey()
      if (text[at] !== ']') fail('"]" was expected')
      at++
      table = descend(root, keys)
    } else {
      const keys = dottedKey()
      if (text[at] !== '=') fail('"=" was expected')
      at++
      skip(false)
      const parent = descend(table, keys.slice(0, -1))
      const key = keys.at(-1)!
      if (key in parent) fail(`"${key}" is set twice`)
      parent[key] = value()
    }
    endOfLine()
  }
  return root
}
