import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { spawnStack, type StackProcess } from '../../scripts/lib/stack-process.ts'

export interface TestStackOptions {
  /** A PostgreSQL database to serve instead of a new embedded one. */
  databaseUrl?: string
  extraSqlFiles?: string[]
  /** More `<project>/functions` folders to serve (the runtime tests' fixture functions). */
  extraFunctionsDirs?: string[]
  exposedSchemas?: string[]
  /** Reuse this data directory (to restart on it); it is then the caller's to delete. */
  dataDir?: string
  /** Print the stack's request log (off unless asked). */
  log?: boolean
  /** More settings for the stack's environment (e.g. STACK_REFRESH_TOKEN_REUSE_INTERVAL). */
  env?: Record<string, string>
}

export interface TestStack {
  url: string
  dataDir: string
  readyLine: string
  process: StackProcess
  /** Graceful stop; deletes the data directory unless the caller gave it. */
  stop(): Promise<void>
  /** SIGKILL, as a crash; the data directory stays for a restart. */
  kill(): Promise<void>
}

/** The local stack as a child process on a free port, with its own data directory. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const ownDataDir = !options.dataDir
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'stack-test-')))
  const env = {
    STACK_DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    STACK_EXTRA_SQL: (options.extraSqlFiles ?? []).map((file) => path.resolve(file)).join(','),
    STACK_EXPOSED_SCHEMAS: (options.exposedSchemas ?? []).join(','),
    STACK_EXTRA_FUNCTIONS: (options.extraFunctionsDirs ?? []).map((dir) => path.resolve(dir)).join(','),
    STACK_QUIET: options.log ? '' : '1',
    ...options.env,
  }
  const stack = await spawnStack(env).catch(async (error: unknown) => {
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true })
    throw error
  })
  const cleanUp = () => (ownDataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve())
  return {
    url: stack.url,
    dataDir,
    readyLine: stack.readyLine,
    process: stack,
    async stop() {
      await stack.stop('SIGTERM')
      await cleanUp()
    },
    async kill() {
      await stack.stop('SIGKILL')
    },
  }
}
