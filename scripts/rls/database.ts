import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { openPostgresEngine } from '../../supabase/local/engine/postgres-engine.ts'
import { prepareDatabase } from '../../supabase/local/migrate.ts'

/** The server URL from DATABASE_URL or TEST_DATABASE_URL, or a clear stop. */
export function serverUrlFromEnv(): string {
  const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (!url) {
    console.error(
      'Set DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres',
    )
    process.exit(1)
  }
  return url
}

export const withDatabaseName = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Creates the database when missing; returns its URL. */
export async function ensureDatabase(
  serverUrl: string,
  name: string,
  { fresh = false } = {},
): Promise<string> {
  const admin = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') })
  await admin.connect()
  try {
    if (fresh) await admin.query(`drop database if exists "${name}" with (force)`)
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  return withDatabaseName(serverUrl, name)
}

/** Supabase's schemas, every migration and the seed, as the local stack applies them. */
export async function migrate(databaseUrl: string): Promise<void> {
  const engine = openPostgresEngine(databaseUrl)
  try {
    await prepareDatabase(engine, { storageDir: await mkdtemp(path.join(tmpdir(), 'tams-storage-')) })
  } finally {
    await engine.close()
  }
}
