/** Messages between the PGlite engine (main thread) and its worker. */
export type EngineRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'listen'; channel: string }
  | { id: number; op: 'unlisten'; channel: string }
  | { id: number; op: 'close' }

/** A NOTIFY that reached the worker's connection, forwarded to the main thread. */
export interface EngineNotification {
  notify: { channel: string; payload: string }
}

export type EngineReply =
  | { id: number; ok: true; rows: Record<string, unknown>[]; affectedRows: number }
  | {
      id: number
      ok: false
      error: { message: string; code: string; detail: string | null; hint: string | null }
    }
