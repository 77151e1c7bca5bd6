import type { DatabaseError } from '../engine/types.ts'
import { json, type ApiResponse } from '../http/types.ts'

/** A refusal in storage-api's shape: the HTTP status repeated as a string, a short error name, a sentence. */
export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message)
  }

  toResponse(): ApiResponse {
    return json(this.status, { statusCode: String(this.status), error: this.error, message: this.message })
  }
}

export const objectNotFound = () => new StorageError(404, 'not_found', 'Object not found')
export const bucketNotFound = () => new StorageError(404, 'Bucket not found', 'Bucket not found')
export const invalidKey = (key: string) => new StorageError(400, 'InvalidKey', `Invalid key: ${key}`)
export const invalidRequest = (message: string) => new StorageError(400, 'InvalidRequest', message)
export const rlsRefusal = () => new StorageError(403, 'Unauthorized', 'new row violates row-level security policy')
export const duplicate = () => new StorageError(409, 'Duplicate', 'The resource already exists')
export const tooLarge = () => new StorageError(413, 'Payload too large', 'The object exceeded the maximum allowed size')

/** Postgres refusals the caller caused, in storage-api's words; anything else is a real failure. */
export function fromDatabaseError(error: DatabaseError): StorageError | undefined {
  if (error.code === '42501') return rlsRefusal()
  if (error.code === '23505') return duplicate()
  if (error.code === '23503') return new StorageError(409, 'InvalidRequest', 'The bucket you tried to delete is not empty')
  if (error.code.startsWith('22')) return invalidRequest(error.message)
  return undefined
}
