import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openPgliteEngine } from '../supabase/local/engine/pglite-engine.ts'
import { prepareDatabase } from '../supabase/local/migrate.ts'
import { format, resolveConfig } from 'prettier'
import { introspect } from './types/introspect.ts'
import { renderDatabaseTypes } from './types/render.ts'

/** `npm run gen:types [--check]`: the schema's TypeScript types, read from a freshly migrated database. */
export const TYPES_FILE = 'src/lib/database.types.ts'

export async function generateDatabaseTypes(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tams-types-'))
  const engine = await openPgliteEngine(path.join(dataDir, 'pgdata'))
  try {
    await prepareDatabase(engine, { storageDir: path.join(dataDir, 'storage') })
    const source = renderDatabaseTypes(await engine.transaction((tx) => introspect(tx)))
    return format(source, { ...(await resolveConfig(TYPES_FILE)), filepath: TYPES_FILE })
  } finally {
    await engine.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = await generateDatabaseTypes()
  await writeFile(TYPES_FILE, generated)
  console.log(`Wrote ${TYPES_FILE}`)
}
