import { readdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CLI_CONFIG_FILE } from './cli-config.ts'
import { MIGRATIONS_DIR, SEED_FILE, STACK_DIR } from './config.ts'
import type { Engine } from './engine/types.ts'
import { seedObjects, uploadSeedObjects } from './seed-objects.ts'

const BOOTSTRAP_DIR = path.join(STACK_DIR, 'bootstrap')

export interface PrepareOptions {
  storageDir: string
  /** SQL files applied after the migrations on every start (test fixtures); they must be re-runnable. */
  extraSqlFiles?: string[]
}

export interface PrepareReport {
  fresh: boolean
  applied: string[]
}

/**
 * Brings a database to the state `supabase start` would: Supabase's own schemas, then every
 * migration not yet recorded (each in its own transaction, recorded as the CLI does), then the
 * seed when the database was new: seed.sql, then the buckets' `objects_path` files uploaded.
 */
export async function prepareDatabase(engine: Engine, options: PrepareOptions): Promise<PrepareReport> {
  const fresh = !(await hasMigrationHistory(engine))
  if (fresh) {
    for (const file of await sqlFiles(BOOTSTRAP_DIR)) await engine.exec(await readFile(file, 'utf8'))
    await engine.exec(`create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (version text primary key, name text, statements text[]);`)
  }
  const applied = await applyPendingMigrations(engine)
  if (fresh) await seed(engine, options.storageDir)
  for (const file of options.extraSqlFiles ?? []) await engine.exec(await readFile(file, 'utf8'))
  return { fresh, applied }
}

/** Every file whose content decides the migrated and seeded state (keys the template cache). */
export async function migrationInputs(): Promise<string[]> {
  const seedFiles = existsSync(SEED_FILE) ? [SEED_FILE] : []
  const objectFiles = (await seedObjects()).map((object) => object.file)
  return [
    ...(await sqlFiles(BOOTSTRAP_DIR)),
    ...(await sqlFiles(MIGRATIONS_DIR)),
    ...seedFiles,
    CLI_CONFIG_FILE,
    ...objectFiles,
  ]
}

async function hasMigrationHistory(engine: Engine): Promise<boolean> {
  return engine.transaction(async (tx) => {
    const { rows } = await tx.query<{ exists: boolean }>(
      `select to_regclass('supabase_migrations.schema_migrations') is not null as exists`,
    )
    return rows[0]?.exists === true
  })
}

async function applyPendingMigrations(engine: Engine): Promise<string[]> {
  const done = await engine.transaction(async (tx) => {
    const { rows } = await tx.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations',
    )
    return new Set(rows.map((row) => row.version))
  })
  const applied: string[] = []
  for (const file of await sqlFiles(MIGRATIONS_DIR)) {
    const [version, ...rest] = path.basename(file, '.sql').split('_')
    if (!version || done.has(version)) continue
    const sql = await readFile(file, 'utf8')
    const record = `insert into supabase_migrations.schema_migrations (version, name) values (${quote(version)}, ${quote(rest.join('_'))});`
    await engine.exec(`begin;\n${sql}\n;\n${record}\ncommit;`)
    applied.push(path.basename(file))
  }
  return applied
}

async function seed(engine: Engine, storageDir: string): Promise<void> {
  if (existsSync(SEED_FILE)) await engine.exec(await readFile(SEED_FILE, 'utf8'))
  await uploadSeedObjects(engine, storageDir)
}

async function sqlFiles(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return []
  const names = (await readdir(directory)).filter((name) => name.endsWith('.sql')).toSorted()
  return names.map((name) => path.join(directory, name))
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`
