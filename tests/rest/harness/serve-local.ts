import { openPostgresEngine } from '../../../supabase/local/engine/postgres-engine.ts'
import { createApiServer } from '../../../supabase/local/http/server.ts'
import { handleRest } from '../../../supabase/local/rest/index.ts'
import { createFixtureDatabase, dropDatabase } from './database.ts'

/**
 * Serves only /rest/v1 over the fixture (bootstrap + fixture, no app migrations) until interrupted:
 * `npx tsx tests/rest/harness/serve-local.ts [port]`. For working on the REST service alone.
 */
const port = Number(process.argv[2] ?? 3400)
const database = `rest_conformance_local_${process.pid}`
const url = await createFixtureDatabase(database)
const engine = openPostgresEngine(url)
const server = createApiServer({ '/rest/v1': handleRest }, { engine, storageDir: '/nonexistent', exposedSchemas: ['public', 'conformance'] }, () => undefined)
server.listen(port, '127.0.0.1', () => console.log(`REST_URL=http://127.0.0.1:${port}/rest/v1`))
const shutdown = async () => {
  server.close()
  await engine.close()
  await dropDatabase(database)
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
