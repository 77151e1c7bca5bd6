import path from 'node:path'
import { invalidKey, invalidRequest } from './errors.ts'

const MAX_KEY_LENGTH = 1024
const BUCKET_ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/** Refuses anything that could leave the bucket's folder or name a different file than it says. */
export function validateObjectName(name: string): string {
  if (name === '' || name.length > MAX_KEY_LENGTH || name.startsWith('/') || name.includes('\\') || CONTROL_CHARACTERS.test(name)) {
    throw invalidKey(name)
  }
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') throw invalidKey(name)
  }
  return name
}

export function validateBucketId(id: string): string {
  if (!BUCKET_ID_SHAPE.test(id) || id.includes('..')) throw invalidRequest(`Bucket name invalid: ${id}`)
  return id
}

/** `/bucket/a/b.pdf` (still percent-encoded) -> bucket and object name, both validated. */
export function splitBucketAndName(encodedPath: string): { bucket: string; name: string } {
  const decoded = decodePath(encodedPath.replace(/^\//, ''))
  const slash = decoded.indexOf('/')
  if (slash <= 0) throw invalidKey(decoded)
  return { bucket: validateBucketId(decoded.slice(0, slash)), name: validateObjectName(decoded.slice(slash + 1)) }
}

export function decodePath(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    throw invalidKey(encoded)
  }
}

/** Where an object's bytes live; checked again after joining, in case validation missed a case. */
export function objectFilePath(storageDir: string, bucket: string, name: string): string {
  const bucketDir = path.resolve(storageDir, validateBucketId(bucket))
  const file = path.resolve(bucketDir, ...validateObjectName(name).split('/'))
  if (!file.startsWith(bucketDir + path.sep)) throw invalidKey(name)
  return file
}

/** The URL form of an object name, each segment encoded. */
export const encodeObjectName = (name: string) => name.split('/').map(encodeURIComponent).join('/')
