import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { readCliConfig } from '../cli-config.ts'

/** One Edge Function the stack serves: its entry file and whether the gateway checks the caller's JWT. */
export interface EdgeFunction {
  name: string
  entrypoint: string
  verifyJwt: boolean
}

// Supabase CLI (internal/utils/misc.go FuncSlugPattern): folders named like this, holding index.ts, are functions.
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/

/**
 * The functions of each `<project>/functions` folder, with `verify_jwt` from `<project>/config.toml`
 * (`[functions.<name>]`, true unless set false), as `supabase functions serve` reads them. Read on
 * every request, so a function added while the stack runs is served at once.
 */
export function readCatalogue(functionsDirs: string[]): Map<string, EdgeFunction> {
  const catalogue = new Map<string, EdgeFunction>()
  for (const dir of functionsDirs) {
    const settings = readFunctionSettings(path.join(path.dirname(dir), 'config.toml'))
    const names = existsSync(dir) ? readdirSync(dir) : []
    for (const name of names) {
      const entrypoint = path.join(dir, name, 'index.ts')
      if (!FUNCTION_NAME.test(name) || !existsSync(entrypoint)) continue
      catalogue.set(name, { name, entrypoint, verifyJwt: settings.get(name) ?? true })
    }
  }
  return catalogue
}

/** `verify_jwt` per function from the project's config.toml, read as the stack reads its own. */
function readFunctionSettings(configFile: string): Map<string, boolean> {
  if (!existsSync(configFile)) return new Map()
  return readCliConfig(readFileSync(configFile, 'utf8')).functionsVerifyJwt
}

/**
 * When the function's code last changed: the newest file in its folder or in `_shared/` beside it.
 * A new value restarts its process, as `supabase functions serve` reloads on a change.
 */
export function sourceVersion(edgeFunction: EdgeFunction): number {
  const functionDir = path.dirname(edgeFunction.entrypoint)
  let newest = 0
  for (const dir of [functionDir, path.join(path.dirname(functionDir), '_shared')]) {
    if (!existsSync(dir)) continue
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
    }
  }
  return newest
}
