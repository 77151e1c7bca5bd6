import { SERVICE_ROLE_KEY } from './config.ts'
import { openDatabase, wipeDatabase } from './admin/database.ts'
import { readStackEnv } from './admin/stack-env.ts'

/**
 * `npm run db:reset`: back to the migrated and seeded state. A running stack is asked to do it
 * itself (it owns the PGlite data directory); otherwise the database is reset here.
 */
const env = readStackEnv()
const url = `http://127.0.0.1:${env.port}`
const started = performance.now()

if (await stackAnswers(url)) {
  const response = await fetch(`${url}/_local/v1/reset`, {
    method: 'POST',
    headers: { apikey: SERVICE_ROLE_KEY, authorization: `Bearer ${SERVICE_ROLE_KEY}` },
  })
  if (!response.ok) {
    console.error(`The stack at ${url} refused the reset (${response.status}): ${await response.text()}`)
    process.exit(1)
  }
  console.log(`Reset the running stack at ${url} in ${seconds()}`)
} else {
  await wipeDatabase(env)
  const database = await openDatabase(env)
  await database.engine.close()
  console.log(
    `Reset ${env.databaseUrl ? 'the database' : env.dataDir} in ${seconds()} (no stack answered at ${url})`,
  )
}

async function stackAnswers(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/auth/v1/health`, { signal: AbortSignal.timeout(2_000) })
    return response.status < 500
  } catch {
    return false
  }
}

function seconds(): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`
}
