/** The one contract between the HTTP layer and whichever Postgres engine runs underneath. */

export interface QueryResult<Row = Record<string, unknown>> {
  rows: Row[]
  /** Rows inserted, updated or deleted by the last statement (0 for a select). */
  affectedRows: number
}

export interface QueryOptions {
  /**
   * The statement's text repeats from request to request (only its parameters change) and its
   * result columns never change: the engine may keep it prepared on the connection, so Postgres
   * parses and plans it once, as PostgREST's prepared statements do. Engines may ignore it.
   */
  prepare?: boolean
}

/** A connection inside an open transaction. Values are always bound parameters ($1, $2...). */
export interface Tx {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>
}

export interface TransactionOptions {
  readOnly?: boolean
  /** Defaults to STATEMENT_TIMEOUT_MS; on expiry the transaction fails with SQLSTATE 57014. */
  timeoutMs?: number
  /**
   * Transaction-local settings (`set_config(name, value, true)`, in this order) applied as the
   * transaction opens, in the same round trip as BEGIN where the engine can: the API role and
   * claims of a request (`apiRoleSettings` in api-session.ts).
   */
  settings?: Record<string, string>
}

export interface Engine {
  readonly kind: 'pglite' | 'postgres'
  /**
   * Runs fn inside BEGIN ... COMMIT as the engine's superuser session; any throw rolls back.
   * Switch to an API role with `enterApiRole` (api-session.ts) as the first statement.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>
  /**
   * One statement in a read-only transaction with the given settings (a read as PostgREST runs
   * it), in a single round trip where the engine can; the statement's rows.
   */
  read<Row = Record<string, unknown>>(
    sql: string,
    params: unknown[],
    options?: Omit<TransactionOptions, 'readOnly'>,
  ): Promise<QueryResult<Row>>
  /** Runs a multi-statement SQL script outside any API role (migrations, seed, bootstrap). */
  exec(sql: string): Promise<void>
  /** Calls onNotify with every NOTIFY payload sent on the channel; resolves to a function that stops it. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** An error raised by Postgres, with its SQLSTATE, kept intact across the worker boundary. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly detail: string | null = null,
    readonly hint: string | null = null,
  ) {
    super(message)
    this.name = 'DatabaseError'
  }
}
