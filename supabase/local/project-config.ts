import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SUPABASE_DIR } from './config.ts'

/** The Supabase CLI's settings file: `supabase start` and a linked hosted project read the same values. */
export const PROJECT_CONFIG_FILE = path.join(SUPABASE_DIR, 'config.toml')

/**
 * The plain `key = value` lines of one `[section]` of config.toml, values as written (strings
 * unquoted). The file holds scalars and one-line arrays only, so no TOML library is needed.
 */
export function readConfigSection(section: string, file = PROJECT_CONFIG_FILE): Map<string, string> {
  const values = new Map<string, string>()
  let current = ''
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').trim()
    const header = /^\[([^\]]+)\]$/.exec(line)
    if (header) current = header[1]!.trim()
    else if (current === section && !line.startsWith('#')) {
      const pair = /^([A-Za-z0-9_-]+)\s*=\s*(.+)$/.exec(line)
      if (pair) values.set(pair[1]!, pair[2]!.replace(/^"(.*)"$/, '$1'))
    }
  }
  return values
}

/** `[api] max_rows`: PostgREST's db-max-rows, the most rows one read returns; null when unset. */
export function readMaxRows(file = PROJECT_CONFIG_FILE): number | null {
  const value = readConfigSection('api', file).get('max_rows')
  if (value === undefined) return null
  if (!/^\d+$/.test(value)) throw new Error(`${file}: [api] max_rows must be a whole number, not ${value}`)
  return Number(value)
}
