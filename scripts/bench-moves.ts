import { startTestStack } from '../tests/support/stack.ts'

/**
 * `npm run bench:moves`: the server round trip of a card move (transition_engagement through
 * supabase-js, as the account manager) on the local stack, p50 and p95 against the bar of 50 ms.
 */
const MOVES = Number(process.env.BENCH_MOVES ?? 100)
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const BAR_P95_MS = 50

const stack = await startTestStack({ databaseUrl: process.env.DATABASE_URL || undefined })
process.env.API_URL = stack.url
const { persona } = await import('../tests/support/personas.ts')
try {
  const lan = (await persona('lan')).client
  const timings: number[] = []
  for (let index = 0; index < MOVES; index++) {
    const created = await lan.rpc('create_engagement', {
      client_id: PHUONG_DONG,
      title: `Đo thời gian ${index}`,
    })
    if (created.error) throw created.error
    const started = performance.now()
    const moved = await lan.rpc('transition_engagement', {
      engagement_id: created.data.id,
      to_step: 'agreement',
      expected_version: created.data.version,
    })
    timings.push(performance.now() - started)
    if (moved.error) throw moved.error
  }
  timings.sort((a, b) => a - b)
  const at = (share: number) =>
    timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!.toFixed(1)
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'
  console.log(
    `card move through transition_engagement (${engine}, ${MOVES} moves): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (bar p95 <= ${BAR_P95_MS} ms)`,
  )
} finally {
  await stack.stop()
}
