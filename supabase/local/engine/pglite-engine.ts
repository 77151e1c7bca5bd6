import { mkdir } from 'node:fs/promises'
import { STATEMENT_TIMEOUT_MS } from '../config.ts'
import { PgliteConnection } from './pglite-connection.ts'
import type { Engine, Tx } from './types.ts'

/**
 * The embedded engine: PGlite in a worker thread. It is a single connection, so transactions
 * run one at a time; a statement over its timeout terminates the worker, which is reopened on the
 * same data directory (committed data survives).
 */
export async function openPgliteEngine(dataDir: string): Promise<Engine> {
  await mkdir(dataDir, { recursive: true })
  let closed = false
  const listeners = new Map<string, Set<(payload: string) => void>>()
  const dispatch = (channel: string, payload: string) =>
    listeners.get(channel)?.forEach((listener) => listener(payload))
  const open = (): PgliteConnection => {
    const fresh = new PgliteConnection(
      dataDir,
      (dead) => {
        if (!closed && connection === dead) connection = open()
      },
      dispatch,
    )
    // A reopened worker listens again on every channel the engine had.
    for (const channel of listeners.keys())
      void fresh.send({ op: 'listen', channel }, 30_000).catch(() => undefined)
    return fresh
  }
  let connection = open()
  await connection.ready
  let queue: Promise<unknown> = Promise.resolve()

  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work)
    queue = result.catch(() => undefined)
    return result
  }

  const engine: Engine = {
    kind: 'pglite',
    transaction(fn, options = {}) {
      const timeoutMs = options.timeoutMs ?? STATEMENT_TIMEOUT_MS
      return serialised(async () => {
        await connection.ready
        const current = connection
        const tx: Tx = {
          async query<Row>(sql: string, params?: unknown[]) {
            const reply = await current.send({ op: 'query', sql, params }, timeoutMs)
            return { rows: reply.rows as Row[], affectedRows: reply.affectedRows }
          },
        }
        await current.send({ op: 'query', sql: options.readOnly ? 'begin read only' : 'begin' }, timeoutMs)
        try {
          await applySettings(tx, options.settings)
          const value = await fn(tx)
          await current.send({ op: 'query', sql: 'commit' }, timeoutMs)
          return value
        } catch (error) {
          await current.send({ op: 'query', sql: 'rollback' }, timeoutMs).catch(() => undefined)
          throw error
        }
      })
    },
    read(sql, params, options) {
      return engine.transaction((tx) => tx.query(sql, params), { ...options, readOnly: true })
    },
    exec(sql) {
      return serialised(async () => {
        await connection.send({ op: 'exec', sql }, 10 * 60_000)
      })
    },
    listen(channel, onNotify) {
      return serialised(async () => {
        const channelListeners = listeners.get(channel) ?? new Set()
        if (channelListeners.size === 0) await connection.send({ op: 'listen', channel }, 30_000)
        channelListeners.add(onNotify)
        listeners.set(channel, channelListeners)
        return () =>
          serialised(async () => {
            channelListeners.delete(onNotify)
            if (channelListeners.size > 0) return
            listeners.delete(channel)
            await connection.send({ op: 'unlisten', channel }, 30_000).catch(() => undefined)
          })
      })
    },
    async close() {
      await serialised(async () => {
        closed = true
        await connection.send({ op: 'close' }, 30_000).catch(() => undefined)
        await connection.terminate(new Error('engine closed'))
      })
    },
  }
  return engine
}

/** The transaction's settings, in their order (one message to the worker: no network to save). */
async function applySettings(tx: Tx, settings: Record<string, string> | undefined): Promise<void> {
  const entries = Object.entries(settings ?? {})
  if (entries.length === 0) return
  const calls = entries.map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`)
  await tx.query(`select ${calls.join(', ')}`, entries.flat())
}
