import type { DatabaseError } from '../engine/types.ts'
import { json, type ApiResponse } from '../http/types.ts'

/**
 * A refusal in storage-api's body shape (src/internal/errors/storage-error.ts render()): the status
 * as a string, storage-api's error code, its older error name, a sentence. The HTTP status is 400
 * for every refusal and 500 for a failure (its userStatusCode), unless storage-api sets another
 * with withStatusCode (src/http/error-handler.ts).
 */
export class StorageError extends Error {
  httpStatus: number
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly code: string = error,
  ) {
    super(message)
    this.httpStatus = status === 500 ? 500 : 400
  }

  withStatusCode(httpStatus: number): this {
    this.httpStatus = httpStatus
    return this
  }

  toResponse(): ApiResponse {
    return json(this.httpStatus, {
      statusCode: String(this.status),
      code: this.code,
      error: this.error,
      message: this.message,
    })
  }
}

// storage-api's ERRORS (src/internal/errors/codes.ts), each with the same status, code, error and message
export const objectNotFound = () => new StorageError(404, 'not_found', 'Object not found', 'NoSuchKey')
export const bucketNotFound = () =>
  new StorageError(404, 'Bucket not found', 'Bucket not found', 'NoSuchBucket')
export const invalidKey = (key: string) => new StorageError(400, 'InvalidKey', `Invalid key: ${key}`)
export const invalidBucketName = () =>
  new StorageError(400, 'Invalid Input', 'Bucket name invalid', 'InvalidBucketName')
export const invalidRequest = (message: string) => new StorageError(400, 'InvalidRequest', message)
export const rlsRefusal = () =>
  new StorageError(403, 'Unauthorized', 'new row violates row-level security policy', 'AccessDenied')
export const duplicate = () =>
  new StorageError(409, 'Duplicate', 'The resource already exists', 'ResourceAlreadyExists')
export const tooLarge = () =>
  new StorageError(413, 'Payload too large', 'The object exceeded the maximum allowed size', 'EntityTooLarge')
const bucketNotEmpty = () =>
  new StorageError(409, 'ResourceNotEmpty', 'The bucket you tried to delete is not empty')
const relatedNotFound = () => new StorageError(404, 'InvalidRequest', 'The related resource does not exist')

/** Postgres refusals the caller caused, in storage-api's words (src/storage/database/errors.ts); anything else is a real failure. */
export function fromDatabaseError(error: DatabaseError): StorageError | undefined {
  if (error.code === '42501') return rlsRefusal()
  if (error.code === '23505') return duplicate()
  // a bucket still referenced by its objects, or an object naming a bucket that does not exist
  if (error.code === '23503')
    return error.detail?.includes('is still referenced') ? bucketNotEmpty() : relatedNotFound()
  if (error.code.startsWith('22')) return invalidRequest(error.message)
  return undefined
}
