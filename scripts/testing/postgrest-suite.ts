import { startPostgrest } from '../../tests/support/postgrest.ts'
import { runNodeSuite } from './node-suite.ts'
import type { SuiteResult } from './result.ts'

const POSTGREST_PORT = 54391

/** The REST conformance suite against the real PostgREST 12 on the same database: the judge. */
export async function runPostgrestSuite(
  databaseUrl: string,
  schemas: string[],
  files: string[],
): Promise<SuiteResult> {
  const database = new URL(databaseUrl).pathname.slice(1)
  const postgrest = await startPostgrest(database, POSTGREST_PORT, schemas.join(','))
  try {
    return await runNodeSuite('REST suite on the real PostgREST 12', files, {
      REST_URL: postgrest.url,
      TEST_TARGET: 'postgrest',
    })
  } finally {
    await postgrest.stop()
  }
}
