import { RestError } from '../errors.ts'

/** The request names something the schema cache does not have, or names it ambiguously. */
export class PlanError extends RestError {
  constructor(status: number, code: string, message: string, details: unknown = null, hint: string | null = null) {
    super(status, code, message, details, hint)
    this.name = 'PlanError'
  }
}

export const unknownColumn = (table: string, column: string) =>
  new PlanError(400, '42703', `column ${table}.${column} does not exist`)
