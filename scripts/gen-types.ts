import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { introspect } from '@supabase/postgrest-typegen/introspection'
import { generateTypescript, sortGeneratorMetadata } from '@supabase/postgrest-typegen/generation'
import { format, resolveConfig } from 'prettier'
import { CLI_CONFIG_FILE } from '../supabase/local/cli-config.ts'
import { openPgliteEngine } from '../supabase/local/engine/pglite-engine.ts'
import { prepareDatabase } from '../supabase/local/migrate.ts'
import { parseToml } from '../supabase/local/toml.ts'

/**
 * `npm run gen:types`: Supabase's own TypeScript generator (@supabase/postgrest-typegen, what
 * postgres-meta runs for `supabase gen types typescript --local`) over a freshly migrated PGlite
 * database, so the output never depends on a server's major version.
 */
export const TYPES_FILE = 'src/lib/database.types.ts'

const HEADER = '// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.\n\n'

export async function generateDatabaseTypes(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tams-types-'))
  const engine = await openPgliteEngine(path.join(dataDir, 'pgdata'))
  try {
    await prepareDatabase(engine, { storageDir: path.join(dataDir, 'storage') })
    const includedSchemas = await apiSchemas()
    const metadata = await engine.transaction((tx) => introspect(tx, { includedSchemas }), { readOnly: true })
    const prettier = { ...(await resolveConfig(TYPES_FILE)), filepath: TYPES_FILE }
    // postgres-meta's CLI path (server.ts getTypeOutput, lib/generators.ts): canonical sort, then the
    // template with one-to-one detection on, as the CLI sets it for PostgREST after v9.
    return await generateTypescript(sortGeneratorMetadata(metadata), {
      detectOneToOneRelationships: true,
      format: (code) => format(HEADER + code, prettier),
    })
  } finally {
    await engine.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** `public` plus config.toml's `[api] schemas`, the CLI's default for `gen types` (internal/gen/types). */
async function apiSchemas(): Promise<string[]> {
  const api = parseToml(await readFile(CLI_CONFIG_FILE, 'utf8')).api
  const listed = api && typeof api === 'object' && !Array.isArray(api) ? api.schemas : undefined
  const schemas = Array.isArray(listed) ? listed.filter((schema) => typeof schema === 'string') : []
  return [...new Set(['public', ...schemas])]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  await writeFile(TYPES_FILE, await generateDatabaseTypes())
  console.log(`Wrote ${TYPES_FILE} in ${((performance.now() - started) / 1000).toFixed(1)}s`)
}
