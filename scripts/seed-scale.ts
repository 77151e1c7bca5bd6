import { readFile } from 'node:fs/promises'
import { Client } from 'pg'
import { ensureDatabase, migrate, serverUrlFromEnv } from './rls/database.ts'

/**
 * `npm run seed:scale`: a fresh database (default `tams_scale`, or SCALE_DATABASE) on the PostgreSQL
 * server of DATABASE_URL / TEST_DATABASE_URL, migrated and seeded, then grown to 100k engagements,
 * 2k clients, 50 staff and 1M events in one SQL transaction.
 */
const name = process.env.SCALE_DATABASE ?? 'tams_scale'
const started = performance.now()
const url = await ensureDatabase(serverUrlFromEnv(), name, { fresh: true })
await migrate(url)
console.log(`migrated and seeded ${name} in ${seconds(started)}`)

const client = new Client({ connectionString: url })
await client.connect()
try {
  const generated = performance.now()
  const script = await readFile(new URL('./rls/scale-seed.sql', import.meta.url), 'utf8')
  await client.query(`begin;\n${script}\ncommit;`)
  await client.query('vacuum analyze')
  const { rows } = await client.query<Record<string, string>>(`select
    (select count(*) from public.engagements) as engagements, (select count(*) from public.clients) as clients,
    (select count(*) from public.staff) as staff, (select count(*) from public.engagement_events) as events,
    (select count(*) from public.client_members) as client_members`)
  console.log(`generated in ${seconds(generated)}:`, rows[0])
  console.log(`database: ${url}`)
} finally {
  await client.end()
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}
