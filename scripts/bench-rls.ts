import { Client } from 'pg'
import { serverUrlFromEnv, withDatabaseName } from './rls/database.ts'
import { BENCH_QUERIES, type BenchQuery } from './rls/queries.ts'

/**
 * `npm run bench:rls`: on the scale database (see seed:scale), p50 and p95 of each query run as that
 * user (role authenticated with their claims, so RLS applies) and as service_role (RLS bypassed),
 * measured side by side, with the bars of docs/quality.md: ratio <= 1.5x and p50 <= 20 ms.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const WARMUP = 20
const MAX_RATIO = 1.5
const MAX_P50_MS = 20

const url = withDatabaseName(serverUrlFromEnv(), process.env.SCALE_DATABASE ?? 'tams_scale')
const client = new Client({ connectionString: url })
await client.connect().catch((error: { code?: string }) => {
  if (error.code !== '3D000') throw error
  console.error(`There is no scale database at ${url}: run \`npm run seed:scale\` first (same DATABASE_URL).`)
  process.exit(1)
})

type Audience = 'user' | 'service_role'

async function timeOnce(query: BenchQuery, audience: Audience): Promise<number> {
  const claims = audience === 'user' ? { sub: query.userId, role: 'authenticated' } : { role: 'service_role' }
  await client.query('begin')
  try {
    await client.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
      audience === 'user' ? 'authenticated' : 'service_role',
      JSON.stringify(claims),
    ])
    const started = performance.now()
    const { rowCount } = await client.query(query.sql, query.params)
    const elapsed = performance.now() - started
    if (!rowCount)
      throw new Error(`${query.name} returned no rows as ${audience}: is this the scale database?`)
    return elapsed
  } finally {
    await client.query('rollback')
  }
}

const percentile = (samples: number[], p: number) => {
  const sorted = samples.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

let failed = false
try {
  for (const query of BENCH_QUERIES) {
    const samples: Record<Audience, number[]> = { user: [], service_role: [] }
    for (let run = 0; run < WARMUP + RUNS; run++) {
      // Alternate so both audiences see the same cache and machine noise.
      for (const audience of run % 2
        ? (['user', 'service_role'] as const)
        : (['service_role', 'user'] as const)) {
        const elapsed = await timeOnce(query, audience)
        if (run >= WARMUP) samples[audience].push(elapsed)
      }
    }
    const user50 = percentile(samples.user, 50)
    const service50 = percentile(samples.service_role, 50)
    const ratio = user50 / service50
    const ok = ratio <= MAX_RATIO && user50 <= MAX_P50_MS
    failed ||= !ok
    console.log(`${query.name}
  as the user:     p50 ${user50.toFixed(2)} ms  p95 ${percentile(samples.user, 95).toFixed(2)} ms
  as service_role: p50 ${service50.toFixed(2)} ms  p95 ${percentile(samples.service_role, 95).toFixed(2)} ms
  ratio ${ratio.toFixed(2)}x (bar <= ${MAX_RATIO}x), user p50 bar <= ${MAX_P50_MS} ms: ${ok ? 'PASS' : 'FAIL'}`)
  }
} finally {
  await client.end()
}
process.exit(failed ? 1 : 0)
