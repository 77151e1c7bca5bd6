import { randomUUID } from 'node:crypto'
import type { SupabaseClient } from '@supabase/supabase-js'
import { startTestStack } from '../tests/support/stack.ts'

/**
 * `npm run bench:realtime`: the delay from a change's commit to its delivery through realtime-js,
 * with 50 subscribers who each have their own claims (so each change is re-read 50 times under
 * RLS). PGlite by default; DATABASE_URL measures a PostgreSQL server instead.
 */
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 50)
const CHANGES = Number(process.env.CHANGES ?? 60)
const GAP_MS = 25

const stack = await startTestStack({
  databaseUrl: process.env.DATABASE_URL || undefined,
  extraSqlFiles: ['tests/fixtures/realtime-fixture.sql'],
})
process.env.API_URL = stack.url
const { accessTokenFor, CAM, insertNote, newRecord, realtimeClient, watchNotes } =
  await import('../tests/realtime/support/realtime-client.ts')
const { signJwt } = await import('../supabase/local/http/jwt.ts')
const { JWT_SECRET } = await import('../supabase/local/config.ts')

const delays: number[] = []
const clients: SupabaseClient[] = []
const title = `bench-${randomUUID().slice(0, 8)}`
try {
  for (let index = 0; index < SUBSCRIBERS; index++) {
    const client = realtimeClient()
    clients.push(client)
    // The same user on 50 devices: distinct sessions, so no two subscribers share a re-read.
    const claims = JSON.parse(
      Buffer.from(accessTokenFor(CAM).split('.')[1]!, 'base64url').toString('utf8'),
    ) as Record<string, unknown>
    const token = signJwt({ ...claims, session_id: randomUUID() }, JWT_SECRET)
    await watchNotes(client, [{ event: 'INSERT', filter: `owner_id=eq.${CAM}` }], token, (change) => {
      if (newRecord(change).title?.startsWith(title))
        delays.push(Date.now() - Date.parse(change.commit_timestamp))
    })
  }
  for (let index = 0; index < CHANGES; index++) {
    await insertNote(CAM, `${title}-${index}`)
    await new Promise((resolve) => setTimeout(resolve, GAP_MS))
  }
  const deadline = Date.now() + 10_000
  while (delays.length < SUBSCRIBERS * CHANGES && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
} finally {
  for (const client of clients) client.realtime.disconnect()
  await stack.stop()
}

delays.sort((a, b) => a - b)
const percentile = (p: number) =>
  delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? NaN
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'
console.log(
  `realtime (${engine}): ${SUBSCRIBERS} subscribers, ${CHANGES} inserts, ${delays.length}/${SUBSCRIBERS * CHANGES} deliveries`,
)
console.log(`commit to delivery: p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${delays.at(-1)} ms`)
process.exit(delays.length === SUBSCRIBERS * CHANGES ? 0 : 1)
