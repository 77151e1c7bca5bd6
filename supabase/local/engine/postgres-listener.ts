import { Client, escapeIdentifier } from 'pg'

/**
 * LISTEN on a PostgreSQL server needs a connection of its own that stays open; it reconnects
 * after losing the server and listens again on every channel.
 */
export class PostgresListener {
  private client: Client | null = null
  private connecting: Promise<Client> | null = null
  private readonly listeners = new Map<string, Set<(payload: string) => void>>()
  private closed = false

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const channelListeners = this.listeners.get(channel) ?? new Set()
    const first = channelListeners.size === 0
    channelListeners.add(onNotify)
    this.listeners.set(channel, channelListeners)
    const client = await this.connection()
    if (first) await client.query(`listen ${escapeIdentifier(channel)}`)
    return async () => {
      channelListeners.delete(onNotify)
      if (channelListeners.size > 0) return
      this.listeners.delete(channel)
      await this.client?.query(`unlisten ${escapeIdentifier(channel)}`).catch(() => undefined)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    await this.client?.end().catch(() => undefined)
  }

  private connection(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client)
    this.connecting ??= this.connect().finally(() => (this.connecting = null))
    return this.connecting
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.connectionString })
    client.on('notification', (message) => {
      this.listeners.get(message.channel)?.forEach((listener) => listener(message.payload ?? ''))
    })
    client.on('error', () => {
      this.client = null
      if (!this.closed) setTimeout(() => void this.reconnect(), 500)
    })
    await client.connect()
    for (const channel of this.listeners.keys()) await client.query(`listen ${escapeIdentifier(channel)}`)
    this.client = client
    return client
  }

  private async reconnect(): Promise<void> {
    if (this.closed || this.client) return
    await this.connection().catch(() => setTimeout(() => void this.reconnect(), 1000))
  }
}
