import path from 'node:path'
import { DEFAULT_PORT } from './config.ts'
import { startStack } from './stack.ts'

/** `npm run stack`: the local Supabase API in the foreground, configured from the environment. */
const started = performance.now()
const env = process.env
const stack = await startStack({
  port: Number(env.PORT ?? DEFAULT_PORT),
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.STACK_DATA_DIR ? path.resolve(env.STACK_DATA_DIR) : undefined,
  extraSqlFiles: env.STACK_EXTRA_SQL?.split(',').filter(Boolean).map((file) => path.resolve(file)),
  exposedSchemas: env.STACK_EXPOSED_SCHEMAS?.split(',').filter(Boolean),
  log: env.STACK_QUIET ? undefined : (line) => console.log(line),
})
const seconds = ((performance.now() - started) / 1000).toFixed(2)
const migrated = stack.prepared.fresh ? `new database, ${stack.prepared.applied.length} migrations and seed applied` : 'existing database'
console.log(`Local Supabase stack ready at ${stack.url} (${stack.engine.kind}, ${migrated}, ${seconds} s)`)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  stack.close().then(() => process.exit(0), () => process.exit(1))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
