import { run } from './process.ts'
import type { SuiteResult } from './result.ts'

const CHECKS = ['typecheck', 'lint', 'format:check']

/** The repository's own checks, over every file: each npm script is one test that passes or fails. */
export async function runStaticChecks(): Promise<SuiteResult> {
  let passed = 0
  const failing: string[] = []
  for (const script of CHECKS) {
    if ((await run('npm', ['run', '--silent', script])) === 0) passed++
    else failing.push(script)
  }
  return {
    name: 'static checks (typecheck, lint, format)',
    passed,
    failed: failing.length,
    note: failing.length ? `failing: ${failing.join(', ')}` : undefined,
  }
}
