import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { handleAuth } from '../../../supabase/local/auth/index.ts'
import { openPgliteEngine } from '../../../supabase/local/engine/pglite-engine.ts'
import { openPostgresEngine } from '../../../supabase/local/engine/postgres-engine.ts'
import { createApiServer } from '../../../supabase/local/http/server.ts'
import type { StackContext } from '../../../supabase/local/http/types.ts'
import { prepareDatabase } from '../../../supabase/local/migrate.ts'
import { attachRealtime, type RealtimeService } from '../../../supabase/local/realtime/index.ts'
import { handleRest, reloadSchemaCache } from '../../../supabase/local/rest/index.ts'
import { handleStorage } from '../../../supabase/local/storage/index.ts'

export const REALTIME_FIXTURE = path.resolve('tests/fixtures/realtime-fixture.sql')

export interface DevStack {
  url: string
  realtime: RealtimeService
  stop(): Promise<void>
}

/**
 * The stack's services plus Realtime on one server, for developing and measuring Realtime until
 * the stack mounts it itself. PGlite in a temporary directory unless a database URL is given.
 */
export async function startRealtimeDevStack(options: { databaseUrl?: string; port?: number; extraSqlFiles?: string[] } = {}): Promise<DevStack> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'realtime-stack-'))
  const storageDir = path.join(dataDir, 'storage')
  await mkdir(storageDir, { recursive: true })
  const engine = options.databaseUrl ? openPostgresEngine(options.databaseUrl) : await openPgliteEngine(path.join(dataDir, 'pgdata'))
  await prepareDatabase(engine, { storageDir, extraSqlFiles: options.extraSqlFiles ?? [REALTIME_FIXTURE] })
  const context: StackContext = { engine, storageDir, exposedSchemas: ['public'] }
  reloadSchemaCache(context)
  const server = createApiServer({ '/rest/v1': handleRest, '/auth/v1': handleAuth, '/storage/v1': handleStorage }, context, () => undefined)
  const realtime = await attachRealtime(server, context)
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    realtime,
    async stop() {
      await realtime.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await engine.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

// `npx tsx tests/realtime/support/dev-stack.ts`: serve it in the foreground (PORT, DATABASE_URL, STACK_EXTRA_SQL).
if (import.meta.url === `file://${process.argv[1]}`) {
  const extra = process.env.STACK_EXTRA_SQL?.split(',').filter(Boolean).map((file) => path.resolve(file)) ?? []
  const stack = await startRealtimeDevStack({
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: Number(process.env.PORT ?? 54321),
    extraSqlFiles: [...extra, REALTIME_FIXTURE],
  })
  console.log(`Stack with Realtime ready at ${stack.url}`)
  const stop = () => void stack.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
