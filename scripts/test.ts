import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { POSTGREST_BINARY } from '../tests/support/postgrest.ts'
import { startTestStack } from '../tests/support/stack.ts'
import { startMailCatcher } from './lib/mail-catcher.ts'
import { CHROMIUM_MISSING, findChromium } from './testing/chromium.ts'
import { runE2e } from './testing/e2e.ts'
import { runNodeSuite } from './testing/node-suite.ts'
import { runPgTap } from './testing/pgtap.ts'
import { runPostgrestSuite } from './testing/postgrest-suite.ts'
import { printSummary, type SuiteResult } from './testing/result.ts'
import { createScratchDatabase } from './testing/scratch-database.ts'
import { runStaticChecks } from './testing/static-checks.ts'

/**
 * `npm test`: every suite on every engine this machine has, then one line `N passed, N failed`.
 * Suites that need a PostgreSQL server run when TEST_DATABASE_URL is set.
 */
const chromium = findChromium()
if (!chromium) {
  console.error(CHROMIUM_MISSING)
  process.exit(1)
}

const FIXTURES = [
  'tests/fixtures/rest-fixture.sql',
  'tests/fixtures/storage-fixture.sql',
  'tests/fixtures/realtime-fixture.sql',
].filter((file) => existsSync(file))
const EXPOSED_SCHEMAS = ['public', 'conformance']
const FIXTURE_FUNCTIONS = ['tests/fixtures/edge/functions']
/** Suites that talk to a stack the runner starts; others (tests/engine, tests/unit) start what they need. */
const STACK_AREAS = ['rest', 'auth', 'storage', 'workflow', 'security', 'realtime', 'functions']
const SELF_CONTAINED_AREAS = ['engine', 'unit']

const testFiles = (areas: string[]) =>
  areas.flatMap((area) => {
    const folder = path.join('tests', area)
    if (!existsSync(folder)) return []
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.test.ts'))
      .toSorted()
      .map((name) => path.join(folder, name))
  })

// One mail catcher on free ports for every stack the runner starts; tests read it at MAIL_URL, and
// tests that start stacks of their own send to it through STACK_SMTP_PORT.
const mail = await startMailCatcher({ web: 0, smtp: 0 })
const stackMailEnv = { STACK_SMTP_PORT: String(mail.smtpPort), STACK_MAIL_URL: mail.url }
const mailEnv = { MAIL_URL: mail.url, STACK_SMTP_PORT: stackMailEnv.STACK_SMTP_PORT }

const results: SuiteResult[] = []
const leftOut: string[] = []
const serverUrl = process.env.TEST_DATABASE_URL

results.push(await runStaticChecks())
results.push(await runNodeSuite('self-contained (engine, units)', testFiles(SELF_CONTAINED_AREAS), {}))
results.push(await withStack('API on the embedded stack (PGlite)', {}))

if (serverUrl) {
  const database = await createScratchDatabase(serverUrl, 'tams_test')
  try {
    results.push(await withStack('API on the stack over PostgreSQL', { databaseUrl: database.url }))
    if (existsSync(POSTGREST_BINARY))
      results.push(await runPostgrestSuite(database.url, EXPOSED_SCHEMAS, testFiles(['rest'])))
    else leftOut.push('REST suite on the real PostgREST (its binary package installs on Linux x64 only)')
  } finally {
    await database.drop()
  }
  results.push(await runPgTap(serverUrl))
} else {
  leftOut.push('API suites on PostgreSQL, REST suite on the real PostgREST, pgTAP (set TEST_DATABASE_URL)')
}

await mail.stop()
results.push(await runE2e(chromium))
printSummary(results, leftOut)
process.exit(results.some((result) => result.failed > 0) ? 1 : 0)

async function withStack(name: string, options: { databaseUrl?: string }): Promise<SuiteResult> {
  const stack = await startTestStack({
    ...options,
    extraSqlFiles: FIXTURES,
    extraFunctionsDirs: FIXTURE_FUNCTIONS,
    exposedSchemas: EXPOSED_SCHEMAS,
    env: stackMailEnv,
  })
  try {
    const env = {
      ...mailEnv,
      API_URL: stack.url,
      REST_URL: `${stack.url}/rest/v1`,
      TEST_TARGET: options.databaseUrl ? 'stack-postgres' : 'stack-pglite',
    }
    return await runNodeSuite(name, testFiles(STACK_AREAS), env)
  } finally {
    await stack.stop()
  }
}
