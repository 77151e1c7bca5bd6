import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { resolveRequestRole } from '../http/request-role.ts'
import type { StackContext } from '../http/types.ts'
import { attachCaptureTriggers, CHANGES_CHANNEL, installCapture, parseChange } from './capture.ts'
import { RealtimeConnection } from './connection.ts'
import { ChangeDelivery } from './delivery.ts'
import { protocolVersion } from './protocol.ts'

export const REALTIME_PATH = '/realtime/v1/websocket'
const MAX_FRAME_BYTES = 1024 * 1024

export interface RealtimeService {
  /** Installs capture (a reset database has none), re-attaches triggers, re-reads table columns. */
  refresh(): Promise<void>
  /** Resolves once every change announced so far has been delivered (tests, benchmarks). */
  drained(): Promise<void>
  close(): Promise<void>
}

/**
 * Serves Supabase Realtime's `postgres_changes` and broadcast at /realtime/v1/websocket on the
 * stack's HTTP server, with change capture installed in the database (schema `realtime`).
 */
export async function attachRealtime(
  server: Server,
  context: StackContext,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<RealtimeService> {
  const { engine } = context
  await installCapture(engine, warn)
  await attachCaptureTriggers(engine)
  const delivery = new ChangeDelivery(engine, warn)
  const stopListening = await engine.listen(CHANGES_CHANNEL, (payload) => {
    const change = parseChange(payload)
    if (change) delivery.enqueue(change)
  })
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== REALTIME_PATH && url.pathname !== `${REALTIME_PATH}/`) {
      if (server.listeners('upgrade').length === 1) socket.destroy()
      return
    }
    const apikey = url.searchParams.get('apikey') ?? request.headers.apikey
    if (typeof apikey !== 'string' || apikey === '') return refuse(socket, 401, 'No API key found in request')
    const verdict = resolveRequestRole({ apikey })
    if (!verdict.ok) return refuse(socket, 401, verdict.message)
    const version = protocolVersion(url.searchParams.get('vsn'))
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      new RealtimeConnection(webSocket, version, verdict.value, delivery).serve()
    })
  }
  server.on('upgrade', onUpgrade)

  return {
    async refresh() {
      await installCapture(engine, warn)
      await attachCaptureTriggers(engine)
      delivery.columns.forget()
    },
    drained: () => delivery.drained(),
    async close() {
      server.off('upgrade', onUpgrade)
      for (const client of sockets.clients) client.terminate()
      await new Promise<void>((resolve) => sockets.close(() => resolve()))
      await stopListening()
    },
  }
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ message })
  socket.end(
    `HTTP/1.1 ${status} Unauthorized\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}
