import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Client } from 'pg'
import { openPgliteEngine } from '../engine/pglite-engine.ts'
import { openPostgresEngine } from '../engine/postgres-engine.ts'
import type { Engine } from '../engine/types.ts'
import { prepareDatabase } from '../migrate.ts'
import { copyTemplate, pgliteTemplate } from './template.ts'

export interface DatabaseOptions {
  /** A PostgreSQL server to use instead of the embedded PGlite. */
  databaseUrl?: string
  /** Holds `pgdata/` (PGlite) and `storage/` (Storage's bytes). */
  dataDir: string
  extraSqlFiles?: string[]
}

export interface OpenedDatabase {
  engine: Engine
  /** The database was new: migrated and seeded now (or copied from the template). */
  fresh: boolean
  applied: string[]
  /** How the template took part: built now (first start after a migration changed), copied, or not used. */
  template: 'built' | 'copied' | 'none'
  timings: { templateMs: number; openMs: number; migrateMs: number }
}

export const storageDirOf = (dataDir: string) => path.join(dataDir, 'storage')
const pgdataDirOf = (dataDir: string) => path.join(dataDir, 'pgdata')

/** Opens the database and brings it to the migrated and seeded state. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenedDatabase> {
  const storageDir = storageDirOf(options.dataDir)
  const pgdataDir = pgdataDirOf(options.dataDir)
  let started = performance.now()
  const lap = () => {
    const ms = performance.now() - started
    started = performance.now()
    return Math.round(ms)
  }
  let template: OpenedDatabase['template'] = 'none'
  if (!options.databaseUrl && !existsSync(path.join(pgdataDir, 'PG_VERSION'))) {
    const source = await pgliteTemplate()
    await rm(storageDir, { recursive: true, force: true })
    await rm(pgdataDir, { recursive: true, force: true })
    await copyTemplate(source, pgdataDir, storageDir)
    template = source.built ? 'built' : 'copied'
  }
  await mkdir(storageDir, { recursive: true })
  const templateMs = lap()
  const engine = options.databaseUrl
    ? openPostgresEngine(options.databaseUrl)
    : await openPgliteEngine(pgdataDir)
  const openMs = lap()
  try {
    const prepared = await prepareDatabase(engine, { storageDir, extraSqlFiles: options.extraSqlFiles })
    const fresh = prepared.fresh || template !== 'none'
    return {
      engine,
      fresh,
      applied: prepared.applied,
      template,
      timings: { templateMs, openMs, migrateMs: lap() },
    }
  } catch (error) {
    await engine.close().catch(() => undefined)
    throw error
  }
}

/**
 * Deletes the database and Storage's bytes, so that the next `openDatabase` starts from the
 * migrated and seeded state. The database must not be open.
 */
export async function wipeDatabase(options: DatabaseOptions): Promise<void> {
  await rm(storageDirOf(options.dataDir), { recursive: true, force: true })
  if (!options.databaseUrl) {
    await rm(pgdataDirOf(options.dataDir), { recursive: true, force: true })
    return
  }
  const target = new URL(options.databaseUrl)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(options.databaseUrl)
  maintenance.pathname = '/postgres'
  const client = new Client({ connectionString: maintenance.toString() })
  await client.connect()
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`
    await client.query(`drop database if exists ${quoted} with (force)`)
    await client.query(`create database ${quoted}`)
  } finally {
    await client.end()
  }
}
