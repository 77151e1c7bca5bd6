/** Bound parameters of one statement: every value from a request goes through here, never into SQL text. */
export class SqlParams {
  readonly values: unknown[] = []

  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/** Quotes an identifier: names come from the schema cache, aliases from the request, both always quoted. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`

export const qualified = (schema: string, name: string): string => `${ident(schema)}.${ident(name)}`

/** A Postgres array literal, so list values reach the server as one parameter of inferred type. */
export function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}
