import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { introspect } from '@supabase/postgrest-typegen/introspection'
import { generateTypescript, sortGeneratorMetadata } from '@supabase/postgrest-typegen/generation'
import { format, resolveConfig } from 'prettier'
import { CLI_CONFIG_FILE } from '../supabase/local/cli-config.ts'
import { openPgliteEngine } from '../supabase/local/engine/pglite-engine.ts'
import type { Tx } from '../supabase/local/engine/types.ts'
import { prepareDatabase } from '../supabase/local/migrate.ts'
import { parseToml } from '../supabase/local/toml.ts'

/**
 * `npm run gen:types`: Supabase's own TypeScript generator (@supabase/postgrest-typegen, what
 * postgres-meta runs for `supabase gen types typescript --local`) over a freshly migrated PGlite
 * database, so the output never depends on a server's major version. The realtime publication's
 * tables are generated from the same database, so the app never lists them by hand.
 */
export const TYPES_FILE = 'src/lib/database.types.ts'

const HEADER = '// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.\n\n'

export const PUBLISHED_TABLES_FILE = 'src/lib/realtime/published-tables.ts'

export type GeneratedFiles = { [TYPES_FILE]: string; [PUBLISHED_TABLES_FILE]: string }

/** Every file generated from the migrated database, by path. */
export async function generateFromDatabase(): Promise<GeneratedFiles> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tams-types-'))
  const engine = await openPgliteEngine(path.join(dataDir, 'pgdata'))
  try {
    await prepareDatabase(engine, { storageDir: path.join(dataDir, 'storage') })
    const includedSchemas = await apiSchemas()
    const [metadata, published] = await engine.transaction(
      async (tx) => [await introspect(tx, { includedSchemas }), await publishedTables(tx)] as const,
      { readOnly: true },
    )
    const prettier = { ...(await resolveConfig(TYPES_FILE)), filepath: TYPES_FILE }
    // postgres-meta's CLI path (server.ts getTypeOutput, lib/generators.ts): canonical sort, then the
    // template with one-to-one detection on, as the CLI sets it for PostgREST after v9.
    const types = await generateTypescript(sortGeneratorMetadata(metadata), {
      detectOneToOneRelationships: true,
      format: (code) => format(HEADER + code, prettier),
    })
    const publishedFile = await format(publishedTablesModule(published), {
      ...(await resolveConfig(PUBLISHED_TABLES_FILE)),
      filepath: PUBLISHED_TABLES_FILE,
    })
    return { [TYPES_FILE]: types, [PUBLISHED_TABLES_FILE]: publishedFile }
  } finally {
    await engine.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

type PublishedTable = { table: string; engagement_record: boolean }

/** The public tables of the `supabase_realtime` publication, and which hang off one engagement. */
async function publishedTables(tx: Tx): Promise<PublishedTable[]> {
  const { rows } = await tx.query<PublishedTable>(
    `select p.tablename as table,
            exists (select 1 from information_schema.columns c
                    where c.table_schema = p.schemaname and c.table_name = p.tablename
                      and c.column_name = 'engagement_id') as engagement_record
     from pg_publication_tables p
     where p.pubname = 'supabase_realtime' and p.schemaname = 'public'
     order by p.tablename`,
  )
  return rows
}

const tableList = (names: string[]) => `[${names.map((name) => `'${name}'`).join(', ')}]`

function publishedTablesModule(tables: PublishedTable[]): string {
  return `${HEADER}import type { Database } from '@/lib/database.types'

/**
 * The tables in the \`supabase_realtime\` publication: only their changes are sent. A workflow
 * function that changes an unpublished table (requirements, milestones, acceptances) also writes an
 * \`engagement_events\` row, which is published.
 */
export const PUBLISHED_TABLES = ${tableList(tables.map((t) => t.table))} as const satisfies readonly (keyof Database['public']['Tables'])[]

export type PublishedTable = (typeof PUBLISHED_TABLES)[number]

/** The published tables that hang off one engagement by \`engagement_id\`. */
export const ENGAGEMENT_RECORD_TABLES = ${tableList(tables.filter((t) => t.engagement_record).map((t) => t.table))} as const satisfies readonly PublishedTable[]
`
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
  const files = await generateFromDatabase()
  for (const [file, text] of Object.entries(files)) await writeFile(file, text)
  console.log(
    `Wrote ${Object.keys(files).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  )
}
