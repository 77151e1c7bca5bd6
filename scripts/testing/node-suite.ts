import { readFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from './process.ts'
import type { SuiteResult } from './result.ts'

/** Runs test files with node's test runner, showing the spec report and counting from the TAP one. */
export async function runNodeSuite(
  name: string,
  files: string[],
  env: Record<string, string>,
): Promise<SuiteResult> {
  if (files.length === 0) return { name, passed: 0, failed: 0, note: 'no test files' }
  const tap = path.join(await mkdtemp(path.join(tmpdir(), 'tams-tap-')), 'report.tap')
  const exitCode = await run(
    'npx',
    [
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { env },
  )
  const report = await readFile(tap, 'utf8').catch(() => '')
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(report)?.[1] ?? 0)
  const failed = count('fail') + count('cancelled')
  // A runner that died before reporting must not read as green.
  return { name, passed: count('pass'), failed: failed || (exitCode === 0 ? 0 : 1) }
}
