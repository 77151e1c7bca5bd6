import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SUPABASE_DIR } from '../config.ts'
import { openPgliteEngine } from '../engine/pglite-engine.ts'
import { migrationInputs, prepareDatabase } from '../migrate.ts'

/**
 * A migrated and seeded PGlite data directory, built once per content of the bootstrap,
 * migrations and seed, and copied into every new data directory: initdb in WASM alone takes
 * seconds, a copy a fraction of one.
 */
const TEMPLATES_DIR = process.env.STACK_TEMPLATE_DIR
  ? path.resolve(process.env.STACK_TEMPLATE_DIR)
  : path.join(SUPABASE_DIR, '.data', 'templates')
const READY_MARK = 'ready'

export interface Template {
  dir: string
  key: string
  built: boolean
}

export async function pgliteTemplate(): Promise<Template> {
  const key = await templateKey()
  const dir = path.join(TEMPLATES_DIR, key)
  if (existsSync(path.join(dir, READY_MARK))) return { dir, key, built: false }
  // Several processes (parallel test suites) may build at once: each builds aside, the first rename wins.
  const building = `${dir}.building-${process.pid}-${Date.now()}`
  const engine = await openPgliteEngine(path.join(building, 'pgdata'))
  try {
    await mkdir(path.join(building, 'storage'), { recursive: true })
    await prepareDatabase(engine, { storageDir: path.join(building, 'storage') })
  } finally {
    await engine.close()
  }
  await writeFile(path.join(building, READY_MARK), '')
  await rename(building, dir).catch(() => rm(building, { recursive: true, force: true }))
  await pruneOtherTemplates(key)
  return { dir, key, built: true }
}

/** Gives a data directory the template's database and Storage bytes. */
export async function copyTemplate(template: Template, pgdataDir: string, storageDir: string): Promise<void> {
  await Promise.all([
    cp(path.join(template.dir, 'pgdata'), pgdataDir, { recursive: true }),
    cp(path.join(template.dir, 'storage'), storageDir, { recursive: true }),
  ])
}

async function templateKey(): Promise<string> {
  const hash = createHash('sha256')
  hash.update(await pgliteVersion())
  for (const file of await migrationInputs()) {
    hash.update(`\0${path.relative(SUPABASE_DIR, file)}\0`)
    hash.update(await readFile(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/** A new PGlite may lay out its data directory differently. */
async function pgliteVersion(): Promise<string> {
  const manifest = path.join(SUPABASE_DIR, '..', 'node_modules', '@electric-sql', 'pglite', 'package.json')
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string }
  return version
}

async function pruneOtherTemplates(key: string): Promise<void> {
  const names = await readdir(TEMPLATES_DIR).catch(() => [])
  const stale = names.filter((name) => name !== key && !name.includes('.building-'))
  await Promise.all(stale.map((name) => rm(path.join(TEMPLATES_DIR, name), { recursive: true, force: true })))
}
