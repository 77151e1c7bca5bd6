import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** Where the Deno binary comes from: the optional dependency `@deno/linux-x64-glibc` (the `deno` package's postinstall does not run under npm 11). */
export const DENO_PACKAGE = '@deno/linux-x64-glibc'

export const DENO_MISSING = `Edge Functions need Deno: the optional dependency ${DENO_PACKAGE} is not installed (it exists for Linux x64 only; run npm install there, or set DENO_BINARY)`

/** The Deno binary to run functions with, or null when this machine has none. */
export function findDenoBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DENO_BINARY) return existsSync(env.DENO_BINARY) ? env.DENO_BINARY : null
  try {
    const manifest = createRequire(import.meta.url).resolve(`${DENO_PACKAGE}/package.json`)
    const binary = path.join(path.dirname(manifest), 'deno')
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
