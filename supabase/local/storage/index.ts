import { BodyTooLargeError } from '../http/body.ts'
import { DatabaseError } from '../engine/types.ts'
import type { ApiRequest, ApiResponse, ServiceHandler, StackContext } from '../http/types.ts'
import { createBucket, deleteBucket, getBucket, listBuckets, updateBucket } from './buckets.ts'
import { downloadObject, downloadPublicObject, downloadSignedObject, objectInfo } from './download.ts'
import { StorageError, fromDatabaseError, tooLarge } from './errors.ts'
import { listObjects } from './list.ts'
import { copyObject, moveObject } from './move-copy.ts'
import { decodePath, splitBucketAndName, validateBucketId } from './object-path.ts'
import { emptyBucket, removeObjects } from './remove.ts'
import { signObject, signObjects } from './sign.ts'
import { uploadObject } from './upload.ts'

type ObjectRoute = (
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
) => Promise<ApiResponse>
type BucketRoute = (request: ApiRequest, context: StackContext, bucket: string) => Promise<ApiResponse>

/** Routes whose rest of the path is `<bucket>/<object name>`, by method and prefix; the first match wins. */
const OBJECT_ROUTES: [string, string, ObjectRoute][] = [
  ['GET', '/object/sign/', downloadSignedObject],
  ['POST', '/object/sign/', signObject],
  ['GET', '/object/public/', downloadPublicObject],
  ['HEAD', '/object/public/', downloadPublicObject],
  ['GET', '/object/authenticated/', downloadObject],
  ['HEAD', '/object/authenticated/', downloadObject],
  ['GET', '/object/info/authenticated/', objectInfo],
  ['GET', '/object/info/', objectInfo],
  ['GET', '/object/', downloadObject],
  ['HEAD', '/object/', downloadObject],
  ['POST', '/object/', uploadObject],
  ['PUT', '/object/', uploadObject],
]

/** Routes whose rest of the path is a bucket id alone. */
const BUCKET_ROUTES: [string, RegExp, BucketRoute][] = [
  ['POST', /^\/object\/list\/([^/]+)$/, listObjects],
  ['POST', /^\/object\/sign\/([^/]+)$/, signObjects],
  ['DELETE', /^\/object\/([^/]+)$/, removeObjects],
  ['GET', /^\/bucket\/([^/]+)$/, getBucket],
  ['PUT', /^\/bucket\/([^/]+)$/, updateBucket],
  ['DELETE', /^\/bucket\/([^/]+)$/, deleteBucket],
  ['POST', /^\/bucket\/([^/]+)\/empty$/, emptyBucket],
]

function route(request: ApiRequest, context: StackContext): Promise<ApiResponse> {
  const path = request.path.replace(/\/+$/, '') || '/'
  if (path === '/bucket' && request.method === 'GET') return listBuckets(request, context)
  if (path === '/bucket' && request.method === 'POST') return createBucket(request, context)
  if (path === '/object/move' && request.method === 'POST') return moveObject(request, context)
  if (path === '/object/copy' && request.method === 'POST') return copyObject(request, context)
  for (const [method, pattern, handler] of BUCKET_ROUTES) {
    const match = method === request.method ? pattern.exec(path) : null
    if (match) return handler(request, context, validateBucketId(decodePath(match[1]!)))
  }
  for (const [method, prefix, handler] of OBJECT_ROUTES) {
    if (method === request.method && request.path.startsWith(prefix)) {
      const { bucket, name } = splitBucketAndName(request.path.slice(prefix.length))
      return handler(request, context, bucket, name)
    }
  }
  // Fastify's own 404 for a route it does not know keeps its status
  throw new StorageError(
    404,
    'not_found',
    `Route ${request.method}:${request.path} not found`,
  ).withStatusCode(404)
}

/** `/storage/v1`: storage-api's object and bucket endpoints, authorised only by Postgres RLS. */
export const handleStorage: ServiceHandler = async (request, context) => {
  try {
    return await route(request, context)
  } catch (error) {
    if (error instanceof StorageError) return error.toResponse()
    if (error instanceof BodyTooLargeError) return tooLarge().toResponse()
    if (error instanceof DatabaseError) {
      const refusal = fromDatabaseError(error)
      if (refusal) return refusal.toResponse()
    }
    throw error
  }
}
