import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { STACK_DIR } from '../config.ts'
import type { Engine } from '../engine/types.ts'

/** The NOTIFY channel the capture trigger (capture.sql) announces changes on. */
// A plain lower-case identifier: PGlite's listen() does not quote channel names.
export const CHANGES_CHANNEL = 'realtime_local_changes'

export type ChangeType = 'INSERT' | 'UPDATE' | 'DELETE'
export type RowValues = Record<string, unknown>

/** One committed row change, as announced by the trigger: the primary key, never the row. */
export interface Change {
  schema: string
  table: string
  type: ChangeType
  commitTimestamp: string
  /** The new row's key (INSERT, UPDATE). */
  key: RowValues | null
  /** The old row's key (UPDATE, DELETE). */
  oldKey: RowValues | null
}

const CAPTURE_SQL = path.join(STACK_DIR, 'realtime', 'capture.sql')

// Re-attaches the triggers as soon as a migration adds a table to a publication. Needs a superuser;
// where it cannot be created, `refresh()` after migrations does the same.
const REATTACH_ON_DDL_SQL = `
create or replace function realtime.local_reattach_capture() returns event_trigger
language plpgsql set search_path = '' as $$
begin
  perform realtime.local_attach_capture();
exception when others then
  raise warning 'realtime: could not re-attach capture triggers: %', sqlerrm;
end
$$;
drop event trigger if exists realtime_local_reattach_capture;
create event trigger realtime_local_reattach_capture on ddl_command_end
  when tag in ('ALTER PUBLICATION', 'CREATE PUBLICATION')
  execute function realtime.local_reattach_capture();`

/** Installs the capture functions and the re-attaching event trigger; idempotent. */
export async function installCapture(engine: Engine, warn: (line: string) => void): Promise<void> {
  await engine.exec(await readFile(CAPTURE_SQL, 'utf8'))
  try {
    await engine.exec(REATTACH_ON_DDL_SQL)
  } catch (error) {
    warn(
      `realtime: no event trigger (${error instanceof Error ? error.message : String(error)}); call refresh() after migrations`,
    )
  }
}

/** Puts the capture trigger on every table of supabase_realtime; returns the tables watched. */
export async function attachCaptureTriggers(engine: Engine): Promise<string[]> {
  return engine.transaction(async (tx) => {
    const { rows } = await tx.query<{ relation: string }>(
      'select realtime.local_attach_capture() as relation',
    )
    return rows.map((row) => row.relation)
  })
}

const CHANGE_TYPES = new Set<string>(['INSERT', 'UPDATE', 'DELETE'])

/** Reads a NOTIFY payload; anything malformed is ignored rather than trusted. */
export function parseChange(payload: string): Change | null {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return null
  }
  if (!isObject(value)) return null
  const { schema, table, type, commit_timestamp: commitTimestamp, pk, old_pk: oldPk } = value
  if (typeof schema !== 'string' || typeof table !== 'string' || typeof commitTimestamp !== 'string')
    return null
  if (typeof type !== 'string' || !CHANGE_TYPES.has(type)) return null
  return {
    schema,
    table,
    type: type as ChangeType,
    commitTimestamp,
    key: isObject(pk) ? pk : null,
    oldKey: isObject(oldPk) ? oldPk : null,
  }
}

const isObject = (value: unknown): value is RowValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
