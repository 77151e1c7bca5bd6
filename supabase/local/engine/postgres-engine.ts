import { DatabaseError as PgDatabaseError, Pool } from 'pg'
import { STATEMENT_TIMEOUT_MS } from '../config.ts'
import { PostgresListener } from './postgres-listener.ts'
import { DatabaseError, type Engine, type Tx } from './types.ts'

/** An engine over any PostgreSQL server (DATABASE_URL), one pooled connection per transaction. */
export function openPostgresEngine(connectionString: string): Engine {
  const pool = new Pool({ connectionString, max: 8 })
  pool.on('error', () => undefined) // an idle client lost its server; the next checkout reconnects
  const listener = new PostgresListener(connectionString)

  return {
    kind: 'postgres',
    async transaction(fn, options = {}) {
      const client = await pool.connect()
      try {
        await client.query(options.readOnly ? 'begin read only' : 'begin')
        await client.query(`select set_config('statement_timeout', $1, true)`, [
          String(options.timeoutMs ?? STATEMENT_TIMEOUT_MS),
        ])
        const tx: Tx = {
          async query(sql, params) {
            const result = await client.query(sql, params as unknown[] | undefined)
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
}

function toDatabaseError(error: unknown): unknown {
  if (error instanceof PgDatabaseError && error.code) {
    return new DatabaseError(error.message, error.code, error.detail ?? null, error.hint ?? null)
  }
  return error
}
