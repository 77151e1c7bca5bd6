import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

/** The distribution's Chromium: CHROMIUM_PATH, else the first `chromium` on PATH. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null
    } catch {
      // not on PATH under this name
    }
  }
  return null
}

export const CHROMIUM_MISSING = `Browser tests need the distribution's Chromium, and none was found.
Install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to its executable.
Playwright's own browser downloads are not used.`
