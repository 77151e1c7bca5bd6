// @ts-check
// Plain JavaScript, type-checked through JSDoc: a worker thread does not inherit the main thread's
// TypeScript loader, and registering one in the worker doubled the time to open the database.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp'

/**
 * @typedef {import('./pglite-protocol.ts').EngineRequest} EngineRequest
 * @typedef {import('./pglite-protocol.ts').EngineReply} EngineReply
 * @typedef {import('./pglite-protocol.ts').EngineNotification} EngineNotification
 */

// Owns the embedded database in its own thread, so that a long query blocks this thread only and
// the main thread can stop it by terminating the worker.
const INT8_OID = 20
const db = await PGlite.create(/** @type {string} */ (workerData.dataDir), {
  extensions: { pgcrypto, uuid_ossp },
  // Same shape as the pg driver: 64-bit integers stay exact as strings.
  parsers: { [INT8_OID]: (/** @type {string} */ value) => value },
})

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort)
port.on('message', (/** @type {EngineRequest} */ request) => {
  run(request).then(
    (reply) => port.postMessage(reply),
    (/** @type {unknown} */ error) => port.postMessage(failure(request.id, error)),
  )
})
port.postMessage(/** @type {EngineReply} */ ({ id: 0, ok: true, rows: [], affectedRows: 0 }))

/** @param {number} id @returns {EngineReply} */
const done = (id) => ({ id, ok: true, rows: [], affectedRows: 0 })

/** @param {EngineRequest} request @returns {Promise<EngineReply>} */
async function run(request) {
  switch (request.op) {
    case 'query': {
      const result = await db.query(request.sql, request.params)
      const rows = /** @type {Record<string, unknown>[]} */ (result.rows)
      return { id: request.id, ok: true, rows, affectedRows: result.affectedRows ?? 0 }
    }
    case 'exec':
      try {
        await db.exec(request.sql)
      } catch (error) {
        await db.exec('rollback').catch(() => undefined) // a script's own BEGIN must not stay open
        throw error
      }
      return done(request.id)
    case 'listen':
      await db.listen(request.channel, (payload) => {
        /** @type {EngineNotification} */
        const notification = { notify: { channel: request.channel, payload } }
        port.postMessage(notification)
      })
      return done(request.id)
    case 'unlisten':
      await db.unlisten(request.channel)
      return done(request.id)
    case 'close':
      await db.close()
      return done(request.id)
  }
}

/** @param {number} id @param {unknown} error @returns {EngineReply} */
function failure(id, error) {
  const fields = /** @type {{ message?: string, code?: string, detail?: string, hint?: string }} */ (
    error ?? {}
  )
  return {
    id,
    ok: false,
    error: {
      message: fields.message ?? String(error),
      code: fields.code ?? 'XX000',
      detail: fields.detail ?? null,
      hint: fields.hint ?? null,
    },
  }
}
