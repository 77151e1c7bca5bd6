import path from 'node:path'
import { invalidBucketName, invalidKey } from './errors.ts'

// storage-api src/storage/limits.ts isValidKey and isValidBucketName: S3-safe characters only.
const VALID_OBJECT_KEY = /^[A-Za-z0-9_/!.*'() &$=@;:+,?-]+$/
const VALID_BUCKET_NAME = /^[A-Za-z0-9_!.*'() &$=@;:+,?-]{1,100}$/
// S3 refuses keys over 1024 bytes (hosted answers an S3Error); the local disk could not hold them either.
const MAX_KEY_BYTES = 1024

/** storage-api mustBeValidKey: refuses with InvalidKey what S3 could not store or would misread. */
export function validateObjectName(name: string): string {
  if (!VALID_OBJECT_KEY.test(name) || Buffer.byteLength(name) > MAX_KEY_BYTES) throw invalidKey(name)
  return name
}

/** storage-api mustBeValidBucketName, which ObjectStorage runs on every bucket it is given. */
export function validateBucketId(id: string): string {
  if (!VALID_BUCKET_NAME.test(id)) throw invalidBucketName()
  return id
}

/** storage-api createBucket: a name with leading or trailing whitespace is refused before the characters are checked. */
export function validateNewBucketId(id: string): string {
  if (id.trim() !== id) throw invalidBucketName()
  return validateBucketId(id)
}

/** `/bucket/a/b.pdf` (still percent-encoded) -> bucket and object name, both checked as storage-api's findObject and upload do. */
export function splitBucketAndName(encodedPath: string): { bucket: string; name: string } {
  const decoded = decodePath(encodedPath.replace(/^\//, ''))
  const slash = decoded.indexOf('/')
  if (slash <= 0) throw invalidKey(decoded)
  return {
    bucket: validateBucketId(decoded.slice(0, slash)),
    name: validateObjectName(decoded.slice(slash + 1)),
  }
}

export function decodePath(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    throw invalidKey(encoded)
  }
}

/**
 * `%` is never in a valid key, so it marks the segments a disk cannot name as themselves: an empty
 * one (`a//b`, a leading `/`), `.` and `..` are keys like any other on S3, not directions.
 */
const diskSegment = (segment: string) =>
  segment === '' || segment === '.' || segment === '..' ? `%${segment}` : segment

/** Where an object's bytes live: <storageDir>/<bucket>/<segments>; checked again after joining. */
export function objectFilePath(storageDir: string, bucket: string, name: string): string {
  const root = path.resolve(storageDir)
  const bucketDir = path.resolve(root, diskSegment(validateBucketId(bucket)))
  const file = path.resolve(bucketDir, ...name.split('/').map(diskSegment))
  if (!bucketDir.startsWith(root + path.sep) || !file.startsWith(bucketDir + path.sep)) throw invalidKey(name)
  return file
}
