import { RestError } from '../errors.ts'

/** The HTTP request cannot be read as a PostgREST request (PGRST100-PGRST199). */
export class ParseError extends RestError {
  constructor(message: string, details: string | null = null, code = 'PGRST100', status = 400) {
    super(status, code, message, details)
    this.name = 'ParseError'
  }
}

/** Inputs larger than this are refused before any work is done on them. */
export const LIMITS = { queryLength: 16_384, nesting: 16, listItems: 1_000 }
