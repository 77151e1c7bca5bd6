import type { Engine } from '../engine/types.ts'

/** A column as the change payload lists it: `type` is the Postgres type name (int8, text, _text). */
export interface Column {
  name: string
  type: string
}

/** Columns of published tables, read once per table; forget() after migrations. */
export class TableColumns {
  private readonly known = new Map<string, Promise<Column[]>>()

  constructor(private readonly engine: Engine) {}

  of(schema: string, table: string): Promise<Column[]> {
    const key = JSON.stringify([schema, table])
    let columns = this.known.get(key)
    if (!columns) {
      columns = this.read(schema, table)
      columns.catch(() => this.known.delete(key))
      this.known.set(key, columns)
    }
    return columns
  }

  forget(): void {
    this.known.clear()
  }

  private read(schema: string, table: string): Promise<Column[]> {
    return this.engine.transaction(async (tx) => {
      const { rows } = await tx.query<Column>(
        `select a.attname as name, t.typname as type
         from pg_catalog.pg_attribute a
         join pg_catalog.pg_class c on c.oid = a.attrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         join pg_catalog.pg_type t on t.oid = a.atttypid
         where n.nspname = $1 and c.relname = $2 and a.attnum > 0 and not a.attisdropped
         order by a.attnum`,
        [schema, table],
      )
      return rows
    })
  }
}
