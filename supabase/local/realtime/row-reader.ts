import { enterApiRole } from '../engine/api-session.ts'
import { DatabaseError, type Engine, type Tx } from '../engine/types.ts'
import type { RequestRole } from '../http/request-role.ts'
import type { Change, RowValues } from './capture.ts'

/** PostgreSQL reads in parallel over its pool; PGlite is one connection, so fewer transactions win. */
const PARALLEL_READS = { postgres: 4, pglite: 1 } as const

/**
 * Re-reads a changed row by its key once per distinct subscriber, each as that subscriber's role
 * and claims in a read-only transaction: a row RLS hides (or a missing grant) reads as null.
 * Subscribers share transactions (the role is switched transaction-locally before each read).
 */
export async function readRowAsEach(
  engine: Engine,
  change: Change,
  subscribers: RequestRole[],
  warn: (line: string) => void,
): Promise<(RowValues | null)[]> {
  if (!change.key) return subscribers.map(() => null)
  const sql = rowByKeySql(change)
  const key = JSON.stringify(change.key)
  const chunkSize = Math.ceil(subscribers.length / PARALLEL_READS[engine.kind])
  const chunks: RequestRole[][] = []
  for (let start = 0; start < subscribers.length; start += chunkSize)
    chunks.push(subscribers.slice(start, start + chunkSize))
  const read = async (tx: Tx, who: RequestRole) => {
    await enterApiRole(tx, who)
    const { rows } = await tx.query<{ record: RowValues }>(sql, [key])
    return rows[0]?.record ?? null
  }
  const readChunk = async (chunk: RequestRole[]): Promise<(RowValues | null)[]> => {
    try {
      return await engine.transaction(
        async (tx) => {
          const records: (RowValues | null)[] = []
          for (const who of chunk) records.push(await read(tx, who))
          return records
        },
        { readOnly: true },
      )
    } catch {
      // One subscriber's failure aborts the shared transaction: read each alone to tell them apart.
      return Promise.all(
        chunk.map((who) =>
          engine
            .transaction((tx) => read(tx, who), { readOnly: true })
            .catch((error: unknown) => {
              if (!(error instanceof DatabaseError && error.code === '42501')) {
                warn(
                  `realtime: could not re-read ${change.schema}.${change.table}: ${error instanceof Error ? error.message : String(error)}`,
                )
              }
              return null
            }),
        ),
      )
    }
  }
  return (await Promise.all(chunks.map(readChunk))).flat()
}

function rowByKeySql(change: Change): string {
  const relation = `${quoteIdent(change.schema)}.${quoteIdent(change.table)}`
  const where = Object.keys(change.key ?? {})
    .map(
      (name) =>
        `t.${quoteIdent(name)} = (pg_catalog.jsonb_populate_record(null::${relation}, $1::jsonb)).${quoteIdent(name)}`,
    )
    .join(' and ')
  return `select pg_catalog.to_jsonb(t) as record from ${relation} as t where ${where}`
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`
