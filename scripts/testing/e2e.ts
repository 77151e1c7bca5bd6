import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startTestStack } from '../../tests/support/stack.ts'
import { startMailCatcher } from '../lib/mail-catcher.ts'
import { run } from './process.ts'
import type { SuiteResult } from './result.ts'

/** The preview server's port; E2E_APP_PORT moves it when another run holds 4173. */
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173)

/**
 * Browser tests: a fresh seeded stack with its own mail catcher (the specs read it at MAIL_URL), the
 * production build of the app, Playwright in Chromium; every spec, or only those named.
 */
export async function runE2e(chromium: string, specs: string[] = []): Promise<SuiteResult> {
  const name = 'browser (Playwright, Chromium)'
  if (!existsSync('e2e') || !readdirSync('e2e').some((file) => file.endsWith('.spec.ts'))) {
    return { name, passed: 0, failed: 0, note: 'no browser tests' }
  }
  const mail = await startMailCatcher({ web: 0, smtp: 0 })
  const stack = await startTestStack({
    env: {
      STACK_SMTP_PORT: String(mail.smtpPort),
      STACK_MAIL_URL: mail.url,
      STACK_APP_URL: `http://127.0.0.1:${APP_PORT}`,
    },
  })
  try {
    const env = { VITE_SUPABASE_URL: stack.url }
    if ((await run('npx', ['vite', 'build', '--logLevel', 'warn'], { env })) !== 0) {
      return { name, passed: 0, failed: 1, note: 'the app did not build' }
    }
    const preview = spawn(
      'npx',
      ['vite', 'preview', '--port', String(APP_PORT), '--strictPort', '--host', '127.0.0.1'],
      {
        stdio: 'ignore',
        detached: true,
      },
    )
    try {
      const report = path.join(await mkdtemp(path.join(tmpdir(), 'tams-e2e-')), 'report.json')
      const exitCode = await run('npx', ['playwright', 'test', '--reporter=list,json', ...specs], {
        env: {
          MAIL_URL: mail.url,
          APP_URL: `http://127.0.0.1:${APP_PORT}`,
          API_URL: stack.url,
          CHROMIUM_PATH: chromium,
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        },
      })
      const stats = JSON.parse(await readFile(report, 'utf8').catch(() => '{}')) as {
        stats?: { expected: number; unexpected: number; flaky: number }
      }
      const passed = (stats.stats?.expected ?? 0) + (stats.stats?.flaky ?? 0)
      const failed = stats.stats?.unexpected ?? 0
      return { name, passed, failed: failed || (exitCode === 0 ? 0 : 1) }
    } finally {
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM')
    }
  } finally {
    await stack.stop()
    await mail.stop()
  }
}
