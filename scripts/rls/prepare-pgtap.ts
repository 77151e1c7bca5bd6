import { ensureDatabase, migrate, serverUrlFromEnv } from './database.ts'

/** A fresh migrated and seeded database for running supabase/tests with pg_prove; prints its URL. */
const name = process.argv[2] ?? 'tams_pgtap'
const url = await ensureDatabase(serverUrlFromEnv(), name, { fresh: true })
await migrate(url)
console.log(url)
