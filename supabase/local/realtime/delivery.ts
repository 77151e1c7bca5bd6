import type { Engine } from '../engine/types.ts'
import type { RequestRole } from '../http/request-role.ts'
import type { Change, RowValues } from './capture.ts'
import { bindingWatches, subscriberKey, tokenExpired, type JoinedChannel } from './channel.ts'
import { rowPassesFilter } from './filters.ts'
import { readRowAsEach } from './row-reader.ts'
import { TableColumns, type Column } from './table-columns.ts'

/** Reads a row for its filters only (never sent as such): the service role sees every row. */
const SERVICE: RequestRole = { role: 'service_role', claims: { role: 'service_role' } }

/**
 * Sends each announced change to the channels that watch it, re-reading the row by its key as
 * each distinct subscriber (role and claims, read-only) so RLS decides, as Supabase Realtime does.
 * DELETEs carry the old key only and are not RLS-checked, also as on Supabase.
 */
export class ChangeDelivery {
  readonly channels = new Set<JoinedChannel>()
  readonly columns: TableColumns
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly engine: Engine,
    private readonly warn: (line: string) => void,
  ) {
    this.columns = new TableColumns(engine)
  }

  /** Changes are delivered one after another, so every subscriber sees them in commit order. */
  enqueue(change: Change): void {
    this.queue = this.queue
      .then(() => this.deliver(change))
      .catch((error: unknown) =>
        this.warn(`realtime: delivery failed: ${error instanceof Error ? error.message : String(error)}`),
      )
  }

  /** Resolves once every change announced so far has been handled. */
  drained(): Promise<void> {
    return this.queue
  }

  private async deliver(change: Change): Promise<void> {
    const watching = this.watchingChannels(change)
    if (watching.length === 0) return
    const columns = await this.columns.of(change.schema, change.table)
    if (change.type === 'DELETE') {
      for (const channel of watching) this.send(channel, change, columns, null)
      return
    }
    const groups = new Map<string, { who: RequestRole; channels: JoinedChannel[] }>()
    for (const channel of await this.passingFilters(change, columns, watching)) {
      const key = subscriberKey(channel.who)
      const group = groups.get(key) ?? { who: channel.who, channels: [] }
      group.channels.push(channel)
      groups.set(key, group)
    }
    if (columns.length === 0) return
    const subscribers = [...groups.values()]
    const records = await readRowAsEach(
      this.engine,
      change,
      subscribers.map((group) => group.who),
      this.warn,
    )
    subscribers.forEach(({ channels }, index) => {
      const record = records[index]
      if (record) for (const channel of channels) this.send(channel, change, columns, record)
    })
  }

  /**
   * Supabase Realtime (walrus) drops the subscriptions whose filters the new row fails before it
   * checks RLS as each subscriber: the row is read once, unrestricted, for the filters alone, so
   * 50 people each watching their own rows cost one RLS re-read per change, not 50.
   */
  private async passingFilters(change: Change, columns: Column[], watching: JoinedChannel[]) {
    const watches = (channel: JoinedChannel) =>
      channel.bindings.filter((binding) => bindingWatches(binding, change.schema, change.table, change.type))
    const bindings = watching.flatMap((channel) => watches(channel))
    if (!watching.some((channel) => watches(channel).every((binding) => binding.filter))) return watching
    // Filters on the row's key need no read: the change carries the key.
    const key = change.key
    const onKeyOnly = key && bindings.every((binding) => !binding.filter || binding.filter.column in key)
    const [row] = onKeyOnly ? [key] : await readRowAsEach(this.engine, change, [SERVICE], this.warn)
    if (!row) return watching
    const columnTypes = new Map(columns.map((column) => [column.name, column.type]))
    return watching.filter((channel) =>
      watches(channel).some((binding) => rowPassesFilter(binding.filter, row, columnTypes)),
    )
  }

  private watchingChannels(change: Change): JoinedChannel[] {
    const watching: JoinedChannel[] = []
    for (const channel of this.channels) {
      if (
        !channel.bindings.some((binding) => bindingWatches(binding, change.schema, change.table, change.type))
      )
        continue
      if (tokenExpired(channel.who)) channel.expire('Token has expired')
      else watching.push(channel)
    }
    return watching
  }

  private send(channel: JoinedChannel, change: Change, columns: Column[], record: RowValues | null): void {
    const columnTypes = new Map(columns.map((column) => [column.name, column.type]))
    const filteredRow = change.type === 'DELETE' ? (change.oldKey ?? {}) : (record ?? {})
    const ids = channel.bindings
      .filter((binding) => bindingWatches(binding, change.schema, change.table, change.type))
      .filter((binding) => rowPassesFilter(binding.filter, filteredRow, columnTypes))
      .map((binding) => binding.id)
    if (ids.length === 0) return
    const data: Record<string, unknown> = {
      schema: change.schema,
      table: change.table,
      commit_timestamp: change.commitTimestamp,
      type: change.type,
      columns,
      errors: null,
    }
    if (record) data.record = record
    if (change.type !== 'INSERT') data.old_record = change.oldKey ?? {}
    channel.push('postgres_changes', { ids, data })
  }
}
