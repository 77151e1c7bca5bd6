import { createFixtureDatabase, dropDatabase } from './database.ts'
import { startPostgrest } from '../../support/postgrest.ts'

/** Serves the fixture through the real PostgREST until interrupted: `npx tsx tests/rest/harness/serve-postgrest.ts [port]`. */
const port = Number(process.argv[2] ?? 3300)
const database = `rest_conformance_pgrst_${process.pid}`
await createFixtureDatabase(database)
const postgrest = await startPostgrest(database, port)
console.log(`REST_URL=${postgrest.url}`)
const shutdown = async () => {
  await postgrest.stop()
  await dropDatabase(database)
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
