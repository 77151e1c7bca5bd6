import { WebSocket } from 'ws'
import { resolveRequestRole, type RequestRole } from '../http/request-role.ts'
import { parsePostgresBindings, type JoinedChannel } from './channel.ts'
import type { ChangeDelivery } from './delivery.ts'
import { decodeFrame, encodeFrame, isRecord, type Frame, type ProtocolVersion } from './protocol.ts'

/** One realtime-js socket: heartbeats, joins and leaves, token refreshes and broadcasts. */
export class RealtimeConnection {
  private readonly joined = new Map<string, JoinedChannel>()

  constructor(
    private readonly socket: WebSocket,
    private readonly version: ProtocolVersion,
    /** Who the socket's apikey is: channels joined without an access_token run as it. */
    private readonly socketRole: RequestRole,
    private readonly delivery: ChangeDelivery,
  ) {}

  /** Answers the socket's frames from now on; the channels it joined end with it. */
  serve(): void {
    this.socket.on('message', (data: Buffer, isBinary: boolean) => {
      const frame = decodeFrame(data, isBinary, this.version)
      if (frame) this.receive(frame)
    })
    this.socket.on('close', () => {
      for (const channel of this.joined.values()) this.delivery.channels.delete(channel)
      this.joined.clear()
    })
  }

  private receive(frame: Frame): void {
    if (frame.topic === 'phoenix') return this.reply(frame, 'ok', {})
    if (frame.event === 'phx_join') return this.join(frame)
    const channel = this.joined.get(frame.topic)
    if (!channel) return this.reply(frame, 'error', { reason: 'unmatched topic' })
    if (frame.event === 'phx_leave') {
      this.reply(frame, 'ok', {})
      return this.close(channel)
    }
    if (frame.event === 'access_token') return this.refreshToken(channel, frame)
    if (frame.event === 'broadcast') return this.broadcast(channel, frame)
    this.reply(frame, 'ok', {})
  }

  private join(frame: Frame): void {
    const { config: rawConfig, access_token: accessToken } = frame.payload
    const config = isRecord(rawConfig) ? rawConfig : {}
    const verdict =
      typeof accessToken === 'string'
        ? resolveRequestRole({ authorization: `Bearer ${accessToken}` })
        : { ok: true as const, value: this.socketRole }
    if (!verdict.ok) return this.reply(frame, 'error', { reason: verdict.message })
    if (config.private === true)
      return this.reply(frame, 'error', { reason: 'private channels are not supported by the local stack' })
    const parsed = parsePostgresBindings(config.postgres_changes)
    if (!parsed.ok) return this.reply(frame, 'error', { reason: parsed.message })
    const previous = this.joined.get(frame.topic)
    if (previous) this.close(previous)
    const broadcast = isRecord(config.broadcast) ? config.broadcast : {}
    const channel: JoinedChannel = {
      topic: frame.topic,
      joinRef: frame.joinRef,
      who: verdict.value,
      bindings: parsed.bindings,
      broadcast: { self: broadcast.self === true, ack: broadcast.ack === true },
      push: (event, payload) => this.send({ joinRef: null, ref: null, topic: frame.topic, event, payload }),
      expire: (message) => {
        channel.push('system', {
          status: 'error',
          message,
          extension: 'system',
          channel: subtopic(frame.topic),
        })
        this.close(channel)
      },
    }
    this.joined.set(frame.topic, channel)
    this.delivery.channels.add(channel)
    this.reply(frame, 'ok', {
      postgres_changes: parsed.bindings.map((binding) => ({ ...binding.requested, id: binding.id })),
    })
    if (parsed.bindings.length > 0) {
      channel.push('system', {
        status: 'ok',
        message: 'Subscribed to PostgreSQL',
        extension: 'postgres_changes',
        channel: subtopic(frame.topic),
      })
    }
    if (isRecord(config.presence) && config.presence.enabled === true) channel.push('presence_state', {})
  }

  /** A new token replaces the channel's role and claims; one that fails verification ends the channel. */
  private refreshToken(channel: JoinedChannel, frame: Frame): void {
    const token = frame.payload.access_token
    if (typeof token !== 'string') return this.reply(frame, 'ok', {})
    const verdict = resolveRequestRole({ authorization: `Bearer ${token}` })
    if (!verdict.ok) return channel.expire(verdict.message)
    channel.who = verdict.value
    this.reply(frame, 'ok', {})
  }

  private broadcast(sender: JoinedChannel, frame: Frame): void {
    const payload = { ...frame.payload, type: 'broadcast' }
    for (const channel of this.delivery.channels) {
      if (channel.topic !== sender.topic || (channel === sender && !sender.broadcast.self)) continue
      channel.push('broadcast', payload)
    }
    if (sender.broadcast.ack) this.reply(frame, 'ok', {})
  }

  private close(channel: JoinedChannel): void {
    this.delivery.channels.delete(channel)
    if (this.joined.get(channel.topic) === channel) this.joined.delete(channel.topic)
    this.send({
      joinRef: channel.joinRef,
      ref: channel.joinRef,
      topic: channel.topic,
      event: 'phx_close',
      payload: {},
    })
  }

  private reply(frame: Frame, status: 'ok' | 'error', response: Record<string, unknown>): void {
    this.send({
      joinRef: frame.joinRef,
      ref: frame.ref,
      topic: frame.topic,
      event: 'phx_reply',
      payload: { status, response },
    })
  }

  private send(frame: Frame): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(encodeFrame(frame, this.version))
  }
}

const subtopic = (topic: string): string => topic.replace(/^realtime:/, '')
