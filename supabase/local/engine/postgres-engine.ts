import { createHash } from 'node:crypto'
import type { Writable } from 'node:stream'
import { DatabaseError as PgDatabaseError, Pool, type PoolClient, type QueryResultRow } from 'pg'
import { STATEMENT_TIMEOUT_MS } from '../config.ts'
import { PostgresListener } from './postgres-listener.ts'
import { DatabaseError, type Engine, type TransactionOptions, type Tx } from './types.ts'

/** Statements kept prepared per connection at most; past it, new texts run unprepared. */
const PREPARED_PER_CONNECTION = 500
const prepared = new WeakMap<PoolClient, Set<string>>()

/** A name for a statement the caller marked `prepare` (pg keeps it parsed on that connection). */
function preparedName(client: PoolClient, sql: string): string | undefined {
  const name = `s${createHash('sha1').update(sql).digest('base64url')}`
  let names = prepared.get(client)
  if (!names) prepared.set(client, (names = new Set()))
  if (names.has(name)) return name
  if (names.size >= PREPARED_PER_CONNECTION) return undefined
  names.add(name)
  return name
}

/** An engine over any PostgreSQL server (DATABASE_URL), one pooled connection per transaction. */
export function openPostgresEngine(connectionString: string): Engine {
  // Pipeline mode: a query is written without waiting for the answer to the one before it.
  const pool = new Pool({ connectionString, max: 4, pipeline: true })
  pool.on('error', () => undefined) // an idle client lost its server; the next checkout reconnects
  const listener = new PostgresListener(connectionString)

  const engine: Engine = {
    kind: 'postgres',
    async transaction(fn, options = {}) {
      const client = await pool.connect()
      try {
        await client.query(openingScript(client, options))
        const tx: Tx = {
          async query(sql, params, queryOptions) {
            const name = queryOptions?.prepare ? preparedName(client, sql) : undefined
            const values = params as unknown[] | undefined
            const result = await client.query(name ? { name, text: sql, values } : { text: sql, values })
            return { rows: result.rows, affectedRows: result.rowCount ?? 0 }
          },
        }
        const value = await fn(tx)
        await client.query('commit')
        return value
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw toDatabaseError(error)
      } finally {
        client.release()
      }
    },
    async read<Row>(sql: string, params: unknown[], options: Omit<TransactionOptions, 'readOnly'> = {}) {
      const client = await pool.connect()
      try {
        // Pipelined: BEGIN and the settings, the prepared statement and COMMIT leave together, so a
        // read waits for one round trip; a failure anywhere aborts the transaction before COMMIT.
        const name = preparedName(client, sql)
        const values = params
        const socket = socketOf(client)
        socket?.cork()
        const queries = [
          client.query(openingScript(client, { ...options, readOnly: true })),
          client.query<Row & QueryResultRow>(name ? { name, text: sql, values } : { text: sql, values }),
          client.query('commit'),
        ] as const
        socket?.uncork() // the three leave in one write
        await settleAll(queries)
        const main = await queries[1]
        return { rows: main.rows as Row[], affectedRows: main.rowCount ?? 0 }
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw toDatabaseError(error)
      } finally {
        client.release()
      }
    },
    async exec(sql) {
      const client = await pool.connect()
      try {
        await client.query(sql)
      } catch (error) {
        // A failed script may leave its own BEGIN open: never hand an aborted session back to the pool.
        await client.query('rollback').catch(() => undefined)
        throw toDatabaseError(error)
      } finally {
        client.release()
      }
    },
    listen(channel, onNotify) {
      return listener.listen(channel, onNotify)
    },
    async close() {
      await listener.close()
      await pool.end()
    },
  }
  return engine
}

/**
 * BEGIN, the timeout and the settings as one simple-protocol script: one round trip instead of
 * three, which is most of what a small request costs on a busy machine. Setting names and values
 * are quoted by the driver (`escapeLiteral`); the timeout is a number we compute.
 */
function openingScript(client: PoolClient, options: TransactionOptions): string {
  const timeoutMs = Math.max(0, Math.trunc(options.timeoutMs ?? STATEMENT_TIMEOUT_MS))
  const script = [
    options.readOnly ? 'begin read only' : 'begin',
    `set local statement_timeout = ${timeoutMs}`,
  ]
  const settings = Object.entries(options.settings ?? {})
  if (settings.length > 0) {
    const calls = settings.map(
      ([name, value]) => `set_config(${client.escapeLiteral(name)}, ${client.escapeLiteral(value)}, true)`,
    )
    script.push(`select ${calls.join(', ')}`)
  }
  return script.join('; ')
}

/** The client's socket, where the driver exposes it (pg's Connection.stream). */
function socketOf(client: PoolClient): { cork(): void; uncork(): void } | undefined {
  const stream = (client as { connection?: { stream?: Partial<Writable> } }).connection?.stream
  return typeof stream?.cork === 'function' && typeof stream.uncork === 'function'
    ? (stream as Writable)
    : undefined
}

/** Waits for every query of a pipeline (none left unhandled), then throws the first failure. */
async function settleAll(queries: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(queries)).find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
}

function toDatabaseError(error: unknown): unknown {
  if (error instanceof PgDatabaseError && error.code) {
    return new DatabaseError(error.message, error.code, error.detail ?? null, error.hint ?? null)
  }
  return error
}
