import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { ANON_KEY, JWT_SECRET } from '../supabase/local/config.ts'
import { signJwt } from '../supabase/local/http/jwt.ts'
import { startPostgrest } from '../tests/support/postgrest.ts'
import { measureThroughput, median } from './lib/load.ts'
import { REPO_ROOT, spawnStack, type StackProcess } from './lib/stack-process.ts'
import { createScratchDatabase } from './testing/scratch-database.ts'

/**
 * `npm run bench:api`: start times, memory, and REST throughput of the local stack next to the
 * real PostgREST 12 on the same PostgreSQL database, in one run (bars: docs/quality.md).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const FIXTURE = path.join(REPO_ROOT, 'scripts/lib/bench-fixture.sql')
const QUERY = '/bench_tasks?select=id,title,done,project:bench_projects(id,name)&order=id&limit=100'
const USER_ID = 'b0000000-0000-4000-8000-000000000001'
const token = signJwt(
  { sub: USER_ID, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 },
  JWT_SECRET,
)
const USER_HEADERS = { apikey: ANON_KEY, authorization: `Bearer ${token}` }
const runs = (values: number[], digits: number) => values.map((value) => value.toFixed(digits)).join(', ')
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')

const cleanups: (() => Promise<unknown>)[] = []
const temporaryDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-api-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

try {
  const starts = await measureStartTimes()
  const database = await createScratchDatabase(SERVER_URL, 'bench_api')
  cleanups.push(() => database.drop())
  const onPostgres = await keep(
    spawnStack({
      DATABASE_URL: database.url,
      STACK_DATA_DIR: await temporaryDir(),
      STACK_EXTRA_SQL: FIXTURE,
      STACK_QUIET: '1',
    }),
  )
  const postgrest = await startPostgrest(new URL(database.url).pathname.slice(1), await freePort(), 'public')
  cleanups.push(() => postgrest.stop())
  const onPglite = await keep(
    spawnStack({ STACK_DATA_DIR: await temporaryDir(), STACK_EXTRA_SQL: FIXTURE, STACK_QUIET: '1' }),
  )
  // REST base URLs: PostgREST serves at its root, the stack under /rest/v1 like Supabase's gateway.
  const targets = {
    'ours on PostgreSQL': `${onPostgres.url}/rest/v1`,
    'PostgREST 12 on PostgreSQL': postgrest.url,
    'ours on PGlite': `${onPglite.url}/rest/v1`,
  }
  await checkSameAnswers(Object.values(targets))

  const rates = new Map<string, number[]>(Object.keys(targets).map((name) => [name, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of Object.entries(targets)) {
      const result = await measureThroughput(url + QUERY, USER_HEADERS, SECONDS)
      if (result.failures) throw new Error(`${name}: ${result.failures} requests failed`)
      rates.get(name)!.push(result.requestsPerSecond)
    }
  }
  report(starts, rates, {
    'PGlite stack': await rssMegabytes(onPglite),
    'PostgreSQL stack': await rssMegabytes(onPostgres),
  })
} finally {
  for (const cleanUp of cleanups.toReversed()) await cleanUp().catch((error: unknown) => console.error(error))
}

async function keep(starting: Promise<StackProcess>): Promise<StackProcess> {
  const stack = await starting
  cleanups.push(() => stack.stop())
  return stack
}

/** Spawn to ready line, as `npm run stack` users wait: a new data directory, then reopening it. */
async function measureStartTimes(): Promise<{ fresh: number[]; existing: number[] }> {
  const warmUp = await spawnStack({ STACK_DATA_DIR: await temporaryDir(), STACK_QUIET: '1' }) // builds the template if missing
  await warmUp.stop()
  const fresh: number[] = []
  const existing: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const dataDir = await temporaryDir()
    for (const times of [fresh, existing]) {
      const stack = await spawnStack({ STACK_DATA_DIR: dataDir, STACK_QUIET: '1' })
      times.push(stack.startMs)
      await stack.stop()
    }
  }
  return { fresh, existing }
}

async function checkSameAnswers(urls: string[]): Promise<void> {
  const answers = await Promise.all(
    urls.map(async (url) => (await fetch(url + QUERY, { headers: USER_HEADERS })).text()),
  )
  const [first, ...others] = answers.map((answer) => JSON.parse(answer) as unknown)
  if (
    !Array.isArray(first) ||
    first.length !== 100 ||
    others.some((other) => !isDeepStrictEqual(other, first))
  ) {
    throw new Error(
      `the targets answer the benchmark query differently:\n${answers.map((answer) => answer.slice(0, 300)).join('\n')}`,
    )
  }
}

async function rssMegabytes(stack: StackProcess): Promise<number> {
  const status = await readFile(`/proc/${stack.child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

function report(
  starts: { fresh: number[]; existing: number[] },
  rates: Map<string, number[]>,
  rss: Record<string, number>,
): void {
  const fresh = median(starts.fresh) / 1000
  const existing = median(starts.existing) / 1000
  console.log(
    `\nAPI benchmark (${ROUNDS} rounds, ${SECONDS} s of load per target and round, 16 keep-alive connections, ${os.cpus().length} cores)`,
  )
  console.log(
    `start, new data directory   median ${fresh.toFixed(2)} s   bar <= 5 s     ${verdict(fresh <= 5)}   runs: ${runs(
      starts.fresh.map((ms) => ms / 1000),
      2,
    )}`,
  )
  console.log(
    `start, existing directory   median ${existing.toFixed(2)} s   bar <= 1.5 s   ${verdict(existing <= 1.5)}   runs: ${runs(
      starts.existing.map((ms) => ms / 1000),
      2,
    )}`,
  )
  for (const [name, megabytes] of Object.entries(rss)) {
    console.log(
      `RSS after load, ${name.padEnd(17)} ${megabytes.toFixed(0)} MB   bar <= 800 MB   ${verdict(megabytes <= 800)}`,
    )
  }
  console.log(`\nrequests per second, GET <rest>${QUERY} as one user (RLS, embed, 100 of 10k rows)`)
  for (const [name, values] of rates)
    console.log(
      `  ${name.padEnd(28)} median ${median(values).toFixed(0).padStart(6)}   runs: ${runs(values, 0)}`,
    )
  const ratio = median(rates.get('ours on PostgreSQL')!) / median(rates.get('PostgREST 12 on PostgreSQL')!)
  console.log(
    `ours / PostgREST on the same database: ${ratio.toFixed(2)}x   bar >= 0.8x   ${verdict(ratio >= 0.8)}`,
  )
}
