import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const TYPES_FILE = path.join(root, 'src/lib/database.types.ts')

/** The JSON kinds a value may arrive as. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object'
/** A relation's or function's row as the generated types describe it: each key and what it may hold. */
export type RowShape = Map<string, Set<JsonKind> | 'any'>

export function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'object'
}

function kindsOf(type: string): Set<JsonKind> | 'any' {
  const kinds = new Set<JsonKind>()
  for (const part of type.split(' | ').map((piece) => piece.trim())) {
    if (part === 'Json' || part === 'unknown') return 'any'
    if (part.endsWith('[]')) kinds.add('array')
    else if (part === 'string' || part.includes("['Enums']")) kinds.add('string')
    else if (part === 'number' || part === 'boolean' || part === 'null') kinds.add(part)
    else return 'any'
  }
  return kinds
}

/**
 * The public schema's rows (Tables and Views `Row`, Functions `Returns`) read from the generated
 * types: Supabase's generator reads them from the database itself, not from our REST service.
 */
function readShapes(): Map<string, RowShape> {
  const shapes = new Map<string, RowShape>()
  let section = ''
  let entity = ''
  let row: RowShape | null = null
  for (const line of readFileSync(TYPES_FILE, 'utf8').split('\n')) {
    const sectionMatch = /^ {4}(Tables|Views|Functions): \{$/.exec(line)
    if (sectionMatch) section = sectionMatch[1] ?? ''
    const entityMatch = /^ {6}(\w+): \{$/.exec(line)
    if (entityMatch) entity = entityMatch[1] ?? ''
    if (/^ {8}(Row|Returns): \{$/.test(line)) {
      row = new Map()
      // A function returning rows of a table cannot say which columns may be null.
      shapes.set(`${section === 'Functions' ? 'rpc' : 'from'}:${entity}`, row)
      continue
    }
    if (row && /^ {8}\}/.test(line)) row = null
    const field = row && /^ {10}(\w+)\??: (.+)$/.exec(line)
    if (row && field?.[1] && field[2]) {
      const kinds = kindsOf(field[2])
      if (kinds !== 'any' && section === 'Functions') kinds.add('null')
      row.set(field[1], kinds)
    }
  }
  return shapes
}

let cached: Map<string, RowShape> | undefined
/** `from:<table or view>` or `rpc:<function>`. */
export function generatedShape(key: string): RowShape {
  cached ??= readShapes()
  const shape = cached.get(key)
  if (!shape) throw new Error(`no generated row type for ${key}`)
  return shape
}
