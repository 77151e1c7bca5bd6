import type { AddressInfo } from 'node:net'
import {
  ANON_KEY,
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  DENO_CACHE_DIR,
  FUNCTIONS_DIR,
  SERVICE_ROLE_KEY,
} from './config.ts'
import {
  openDatabase,
  storageDirOf,
  wipeDatabase,
  type DatabaseOptions,
  type OpenedDatabase,
} from './admin/database.ts'
import { adminHandler } from './admin/routes.ts'
import { switchableEngine, type SwitchableEngine } from './engine/switchable-engine.ts'
import { createApiServer } from './http/server.ts'
import { cliConfig } from './cli-config.ts'
import type { StackContext } from './http/types.ts'
import { handleAuth } from './auth/index.ts'
import { handleRest, reloadSchemaCache } from './rest/index.ts'
import { handleStorage } from './storage/index.ts'
import { attachRealtime } from './realtime/index.ts'
import { createFunctionsRuntime } from './functions/index.ts'
import { smtpSettingsFrom } from './auth/mail/smtp.ts'
import { startScheduler } from './scheduler.ts'

export interface StackOptions {
  port?: number
  host?: string
  /** A PostgreSQL server to use instead of the embedded PGlite. */
  databaseUrl?: string
  dataDir?: string
  extraSqlFiles?: string[]
  /** More `<project>/functions` folders to serve beside supabase/functions (the tests' fixtures). */
  extraFunctionsDirs?: string[]
  exposedSchemas?: string[]
  log?: (line: string) => void
  /** The database, when the caller began opening it earlier (see main.ts). */
  opening?: Promise<OpenedDatabase>
}

export interface RunningStack {
  url: string
  engine: SwitchableEngine
  /** How the database was opened at start. */
  database: Omit<OpenedDatabase, 'engine'>
  reset(): Promise<{ ms: number }>
  close(): Promise<void>
}

export const databaseOptionsOf = (options: StackOptions): DatabaseOptions => ({
  databaseUrl: options.databaseUrl,
  dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
  extraSqlFiles: options.extraSqlFiles,
})

/** Opens the database, migrates and seeds it, and serves the Supabase HTTP API over it. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const databaseOptions = databaseOptionsOf(options)
  const { engine: opened, ...database } = await (options.opening ?? openDatabase(databaseOptions))
  const engine = switchableEngine(opened)
  try {
    const context: StackContext = {
      engine,
      storageDir: storageDirOf(databaseOptions.dataDir),
      exposedSchemas: options.exposedSchemas ?? ['public'],
      maxRows: cliConfig().maxRows,
    }
    reloadSchemaCache(context)
    const log = options.log ?? (() => undefined)
    const reset = async () => {
      const started = performance.now()
      await engine.swap(async (current) => {
        await current.close()
        await wipeDatabase(databaseOptions)
        reloadSchemaCache(context)
        return (await openDatabase(databaseOptions)).engine
      })
      // A new database has no change-capture triggers yet.
      await realtime.refresh()
      return { ms: Math.round(performance.now() - started) }
    }
    let url = ''
    const functions = createFunctionsRuntime({
      functionsDirs: [FUNCTIONS_DIR, ...(options.extraFunctionsDirs ?? [])],
      cacheDir: DENO_CACHE_DIR,
      // Supabase CLI functions/serve/serve.go: the variables every function gets; and the mail
      // catcher Auth sends to, for functions that send their own email (on a hosted project these
      // come from the function's secrets).
      env: () => ({
        SUPABASE_URL: url,
        SUPABASE_ANON_KEY: ANON_KEY,
        SUPABASE_SERVICE_ROLE_KEY: SERVICE_ROLE_KEY,
        ...(options.databaseUrl ? { SUPABASE_DB_URL: options.databaseUrl } : {}),
        ...smtpEnv(),
        ...notificationEnv(),
      }),
      log,
    })
    const routes = {
      '/rest/v1': handleRest,
      '/auth/v1': handleAuth,
      '/storage/v1': handleStorage,
      '/functions/v1': functions.handle,
      '/_local/v1': adminHandler({ reset }),
    } as const
    const server = createApiServer(routes, context, log)
    const realtime = await attachRealtime(server, context, log)
    const scheduler = startScheduler(() => url, log)
    const host = options.host ?? '127.0.0.1'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? DEFAULT_PORT, host, resolve)
    })
    const { port } = server.address() as AddressInfo
    url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
    return {
      url: `http://${host}:${port}`,
      engine,
      database,
      reset,
      async close() {
        await scheduler.stop()
        await realtime.close()
        await functions.close()
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

/** Where the notification emails link to, and the catcher the sender asks about a send in doubt. */
function notificationEnv(): Record<string, string> {
  return {
    APP_URL: process.env.STACK_APP_URL || cliConfig().auth.siteUrl,
    MAIL_CATCHER_URL: process.env.STACK_MAIL_URL || 'http://127.0.0.1:54324',
  }
}

function smtpEnv(): Record<string, string> {
  const smtp = smtpSettingsFrom(cliConfig().auth.smtp)
  return {
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_ADMIN_EMAIL: smtp.adminEmail,
    SMTP_SENDER_NAME: smtp.senderName,
  }
}
