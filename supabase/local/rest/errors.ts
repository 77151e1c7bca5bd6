/** Every error the REST service answers with: PostgREST's JSON shape, a status and a stable code. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly hint: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'RestError'
  }

  toJson(): { code: string; details: unknown; hint: string | null; message: string } {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message }
  }
}

/** The query string, path or body cannot be read as a PostgREST request. */
export class ParseError extends RestError {
  constructor(code: string, message: string, details: string | null = null, status = 400) {
    super(status, code, message, details)
    this.name = 'ParseError'
  }
}

/** One relationship PostgREST lists when an embed is ambiguous. */
export interface RelationshipChoice {
  cardinality: string
  relationship: string
  hint: string
}

// PostgREST's ApiRequestError codes (Error.hs, PGRST1xx), each with the same status, message and details
export const queryParamError = (message: string, details: string | null = null) =>
  new ParseError('PGRST100', message, details)
export const malformedPath = () => queryParamError('Malformed path')
export const queryTooLong = (limit: number) =>
  new ParseError('PGRST100', 'The query string is too long', `limit ${limit} characters`, 414)
export const invalidBody = () => new ParseError('PGRST102', 'Empty or invalid json')
export const keysMustMatch = () => new ParseError('PGRST102', 'All object keys must match')
export const invalidRange = (details: string) =>
  new RestError(416, 'PGRST103', 'Requested range not satisfiable', details)
export const unacceptableSchema = (exposed: string[]) =>
  new RestError(406, 'PGRST106', `The schema must be one of the following: ${exposed.join(', ')}`)
export const notEmbedded = (name: string) =>
  new RestError(
    400,
    'PGRST108',
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  )
export const singularityError = (rows: number) =>
  new RestError(
    406,
    'PGRST116',
    'JSON object requested, multiple (or no) rows returned',
    `The result contains ${rows} rows`,
  )
export const unsupportedMethod = (method: string) =>
  new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`)
export const spreadNotToOne = (parent: string, name: string) =>
  new RestError(
    400,
    'PGRST119',
    `A spread operation on '${name}' is not possible`,
    `'${parent}' and '${name}' do not form a many-to-one or one-to-one relationship`,
  )
export const invalidResourcePath = () =>
  new RestError(404, 'PGRST125', 'Invalid path specified in request URL')

// PostgREST's SchemaCacheError codes (PGRST2xx)
export function noRelationship(
  parent: { schema: string; name: string },
  name: string,
  hint: string | null,
): RestError {
  const using = hint === null ? '' : ` using the hint '${hint}'`
  return new RestError(
    400,
    'PGRST200',
    `Could not find a relationship between '${parent.name}' and '${name}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent.name}' and '${name}'${using} in the schema '${parent.schema}', but no matches were found.`,
  )
}
export function ambiguousRelationship(
  parent: string,
  name: string,
  choices: RelationshipChoice[],
): RestError {
  const details = choices.map((choice) => ({
    cardinality: choice.cardinality,
    embedding: `${parent} with ${name}`,
    relationship: choice.relationship,
  }))
  const hints = choices.map((choice) => `'${name}!${choice.hint}'`).join(', ')
  return new RestError(
    300,
    'PGRST201',
    `Could not embed because more than one relationship was found for '${parent}' and '${name}'`,
    details,
    `Try changing '${name}' to one of the following: ${hints}. Find the desired relationship in the 'details' key.`,
  )
}
export function noRoutine(schema: string, name: string, argNames: string[]): RestError {
  const sorted = argNames.toSorted()
  const what = sorted.length ? `(${sorted.join(', ')})` : ' without parameters'
  const searched = sorted.length
    ? ` with parameters ${sorted.join(', ')} or with a single unnamed json/jsonb parameter`
    : ' without parameters'
  return new RestError(
    404,
    'PGRST202',
    `Could not find the function ${schema}.${name}${what} in the schema cache`,
    `Searched for the function ${schema}.${name}${searched}, but no matches were found in the schema cache.`,
  )
}
export const ambiguousRoutine = (signatures: string[]) =>
  new RestError(
    300,
    'PGRST203',
    `Could not choose the best candidate function between: ${signatures.join(', ')}`,
    null,
    'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
  )
export const columnNotFound = (relation: string, column: string) =>
  new RestError(400, 'PGRST204', `Column '${column}' of relation '${relation}' does not exist`)

// PostgREST's JwtError codes (PGRST3xx): the token is refused before any work is done
export function jwtDecodeError(message: string): RestError {
  const header = `Bearer error="invalid_token", error_description="${message.replace(/"/g, "'")}"`
  return new RestError(401, 'PGRST301', message, null, null, { 'www-authenticate': header })
}

// What PostgreSQL itself would answer (SQLSTATE codes), raised while planning so no SQL runs
export const relationNotFound = (schema: string, name: string) =>
  new RestError(404, '42P01', `relation "${schema}.${name}" does not exist`)
export const undefinedColumn = (table: string, column: string) =>
  new RestError(400, '42703', `column ${table}.${column} does not exist`)
export const undefinedType = (type: string) => new RestError(400, '42704', `type "${type}" does not exist`)
