import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp'
import type { EngineNotification, EngineReply, EngineRequest } from './pglite-protocol.ts'

/**
 * Owns the embedded database in its own thread, so that a long query blocks this thread only
 * and the main thread can stop it by terminating the worker.
 */
const INT8_OID = 20
const db = await PGlite.create(workerData.dataDir as string, {
  extensions: { pgcrypto, uuid_ossp },
  // Same shape as the pg driver: 64-bit integers stay exact as strings.
  parsers: { [INT8_OID]: (value: string) => value },
})

const port = parentPort!
port.on('message', (request: EngineRequest) => {
  run(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage(failure(request.id, error)),
  )
})
port.postMessage({ id: 0, ok: true, rows: [], affectedRows: 0 } satisfies EngineReply)

async function run(request: EngineRequest): Promise<EngineReply> {
  switch (request.op) {
    case 'query': {
      const result = await db.query<Record<string, unknown>>(request.sql, request.params)
      return { id: request.id, ok: true, rows: result.rows, affectedRows: result.affectedRows ?? 0 }
    }
    case 'exec':
      try {
        await db.exec(request.sql)
      } catch (error) {
        await db.exec('rollback').catch(() => undefined) // a script's own BEGIN must not stay open
        throw error
      }
      return { id: request.id, ok: true, rows: [], affectedRows: 0 }
    case 'listen':
      await db.listen(request.channel, (payload) =>
        port.postMessage({ notify: { channel: request.channel, payload } } satisfies EngineNotification),
      )
      return { id: request.id, ok: true, rows: [], affectedRows: 0 }
    case 'unlisten':
      await db.unlisten(request.channel)
      return { id: request.id, ok: true, rows: [], affectedRows: 0 }
    case 'close':
      await db.close()
      return { id: request.id, ok: true, rows: [], affectedRows: 0 }
  }
}

function failure(id: number, error: unknown): EngineReply {
  const fields = (error ?? {}) as { message?: string; code?: string; detail?: string; hint?: string }
  return {
    id,
    ok: false,
    error: { message: fields.message ?? String(error), code: fields.code ?? 'XX000', detail: fields.detail ?? null, hint: fields.hint ?? null },
  }
}
