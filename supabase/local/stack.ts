import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { DEFAULT_DATA_DIR, DEFAULT_PORT } from './config.ts'
import { openPgliteEngine } from './engine/pglite-engine.ts'
import { openPostgresEngine } from './engine/postgres-engine.ts'
import type { Engine } from './engine/types.ts'
import { createApiServer } from './http/server.ts'
import type { StackContext } from './http/types.ts'
import { prepareDatabase, type PrepareReport } from './migrate.ts'
import { handleAuth } from './auth/index.ts'
import { handleRest, reloadSchemaCache } from './rest/index.ts'
import { handleStorage } from './storage/index.ts'

export interface StackOptions {
  port?: number
  host?: string
  /** A PostgreSQL server to use instead of the embedded PGlite. */
  databaseUrl?: string
  dataDir?: string
  extraSqlFiles?: string[]
  exposedSchemas?: string[]
  log?: (line: string) => void
}

export interface RunningStack {
  url: string
  engine: Engine
  prepared: PrepareReport
  close(): Promise<void>
}

/** Opens the database, migrates and seeds it, and serves the Supabase HTTP API over it. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR
  const storageDir = path.join(dataDir, 'storage')
  await mkdir(storageDir, { recursive: true })
  const engine = options.databaseUrl
    ? openPostgresEngine(options.databaseUrl)
    : await openPgliteEngine(path.join(dataDir, 'pgdata'))
  try {
    const prepared = await prepareDatabase(engine, { storageDir, extraSqlFiles: options.extraSqlFiles })
    const context: StackContext = { engine, storageDir, exposedSchemas: options.exposedSchemas ?? ['public'] }
    reloadSchemaCache(context)
    const routes = { '/rest/v1': handleRest, '/auth/v1': handleAuth, '/storage/v1': handleStorage } as const
    const server = createApiServer(routes, context, options.log ?? (() => undefined))
    const host = options.host ?? '127.0.0.1'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? DEFAULT_PORT, host, resolve)
    })
    const { port } = server.address() as AddressInfo
    return {
      url: `http://${host}:${port}`,
      engine,
      prepared,
      async close() {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await engine.close()
      },
    }
  } catch (error) {
    await engine.close().catch(() => undefined)
    throw error
  }
}
