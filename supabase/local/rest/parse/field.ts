import type { Field, JsonStep } from './types.ts'
import { unquote } from './split.ts'

/** `meta->>tier` -> { name: 'meta', jsonPath: [{ arrow: '->>', key: 'tier' }] }. */
export function parseField(text: string): Field | null {
  const parts = text.trim().split(/(->>|->)/)
  const name = cleanName(parts[0] ?? '')
  if (!name || /[(),]/.test(name)) return null
  const jsonPath: JsonStep[] = []
  for (let i = 1; i < parts.length; i += 2) {
    const key = cleanName(parts[i + 1] ?? '')
    if (!key) return null
    jsonPath.push({ arrow: parts[i] as JsonStep['arrow'], key })
  }
  return { name, jsonPath }
}

/** A bare or fully double-quoted name; a stray quote makes it invalid. */
function cleanName(text: string): string | null {
  const name = unquote(text.trim())
  return name === text.trim() && name.includes('"') ? null : name
}

/** The name a column gets in the JSON output: the alias, else the last JSON key, else the column. */
export function outputName(field: Field, alias: string | null): string {
  return alias ?? field.jsonPath.at(-1)?.key ?? field.name
}
