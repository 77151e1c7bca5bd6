import { openDatabase, type OpenedDatabase } from './admin/database.ts'
import { readStackEnv } from './admin/stack-env.ts'

/** `npm run stack`: the local Supabase API in the foreground, configured from the environment. */
const env = readStackEnv()
// The database worker boots while the services' modules load below.
const opening = openDatabase(env)
opening.catch(() => undefined)
const { startStack } = await import('./stack.ts')
const stack = await startStack({ ...env, opening, log: env.quiet ? undefined : (line) => console.log(line) })
console.log(
  `Local Supabase stack ready at ${stack.url} (${stack.engine.kind}, ${describe(stack.database)}; ready ${seconds(performance.now())} after process start)`,
)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  stack.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

function describe(database: Omit<OpenedDatabase, 'engine'>): string {
  const { templateMs, openMs, migrateMs } = database.timings
  const origin = {
    built: `new database, template built from migrations and seed in ${seconds(templateMs)}`,
    copied: `new database copied from the migrated and seeded template in ${seconds(templateMs)}`,
    none: database.fresh
      ? `new database, ${database.applied.length} migrations and seed applied`
      : `existing database${database.applied.length ? `, ${database.applied.length} new migrations applied` : ''}`,
  }[database.template]
  return `${origin}, opened in ${seconds(openMs)}, migrations checked in ${seconds(migrateMs)}`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}
