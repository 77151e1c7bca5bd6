import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openPgliteEngine } from '../../../supabase/local/engine/pglite-engine.ts'
import { openPostgresEngine } from '../../../supabase/local/engine/postgres-engine.ts'
import type { Engine } from '../../../supabase/local/engine/types.ts'
import { createApiServer } from '../../../supabase/local/http/server.ts'
import { cliConfig } from '../../../supabase/local/cli-config.ts'
import { handleRest } from '../../../supabase/local/rest/index.ts'
import { FIXTURE_FILE, bootstrapScripts, createFixtureDatabase, dropDatabase } from './database.ts'

/**
 * Serves only /rest/v1 over the fixture (bootstrap + fixture, no app migrations) until interrupted:
 * `npx tsx tests/rest/harness/serve-local.ts [port] [--pglite]`. For working on the REST service alone.
 */
const port = Number(process.argv[2] ?? 3400)
const pglite = process.argv.includes('--pglite')
const database = `rest_conformance_local_${process.pid}`
let engine: Engine
let dataDir: string | null = null
if (pglite) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'rest-conformance-'))
  engine = await openPgliteEngine(dataDir)
  for (const script of bootstrapScripts()) await engine.exec(script)
  await engine.exec(readFileSync(FIXTURE_FILE, 'utf8'))
} else {
  engine = openPostgresEngine(await createFixtureDatabase(database))
}
const server = createApiServer(
  { '/rest/v1': handleRest },
  {
    engine,
    storageDir: '/nonexistent',
    exposedSchemas: ['public', 'conformance'],
    maxRows: cliConfig().maxRows,
  },
  () => undefined,
)
server.listen(port, '127.0.0.1', () => console.log(`REST_URL=http://127.0.0.1:${port}/rest/v1`))
const shutdown = async () => {
  server.close()
  await engine.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  else await dropDatabase(database)
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
