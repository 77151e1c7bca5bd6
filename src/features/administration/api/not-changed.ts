/** An update RLS filtered out changes no row and answers no error; the page still says it was refused. */
export class NotChangedError extends Error {
  readonly code = 'not_changed'
  constructor() {
    super('not_changed')
  }
}

export function requireChanged<T>(rows: T[] | null): T {
  const [row] = rows ?? []
  if (row === undefined) throw new NotChangedError()
  return row
}
