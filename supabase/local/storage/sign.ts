import { JWT_SECRET } from '../config.ts'
import type { Tx } from '../engine/types.ts'
import { signJwt } from '../http/jwt.ts'
import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, requireCaller } from './caller.ts'
import { StorageError, invalidRequest } from './errors.ts'
import { findObject } from './rows.ts'
import { readJsonBody } from './json-body.ts'

// storage-api internal/auth/jwt.ts: no cap of its own, only an `exp` that stays a safe integer in ms.
const LAST_EXP_SECONDS = Math.floor(Number.MAX_SAFE_INTEGER / 1000)

function readExpiresIn(body: Record<string, unknown>): number {
  const expiresIn = body.expiresIn
  if (typeof expiresIn !== 'number' || !Number.isInteger(expiresIn) || expiresIn < 1) {
    throw invalidRequest('expiresIn must be a positive whole number of seconds')
  }
  // storage-api assertValidNumericJWTExpiration.
  if (expiresIn > LAST_EXP_SECONDS - Math.floor(Date.now() / 1000))
    throw new StorageError(400, 'InvalidParameter', 'Invalid Parameter expiresIn')
  return expiresIn
}

/** An HS256 token naming exactly one object, valid for expiresIn seconds; the path is left unencoded, as storage-api's signUrl does (storage-js encodeURIs it). */
function signedUrl(bucket: string, name: string, expiresIn: number): string {
  const issuedAt = Math.floor(Date.now() / 1000)
  const token = signJwt({ url: `${bucket}/${name}`, iat: issuedAt, exp: issuedAt + expiresIn }, JWT_SECRET)
  return `/object/sign/${bucket}/${name}?token=${token}`
}

/** Signing needs the right to read the object, so the lookup runs as the caller. */
export async function signObject(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
  name: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const expiresIn = readExpiresIn(await readJsonBody(request))
  await context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      await findObject(tx, bucket, name)
    },
    { readOnly: true },
  )
  return json(200, { signedURL: signedUrl(bucket, name, expiresIn) })
}

export async function signObjects(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const body = await readJsonBody(request)
  const expiresIn = readExpiresIn(body)
  const paths = body.paths
  if (!Array.isArray(paths) || !paths.every((path): path is string => typeof path === 'string')) {
    throw invalidRequest('paths must be an array of strings')
  }
  // storage-api findObjects looks the names up unchecked: a refused key is just not there
  const names = paths
  const visible = await context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      return visibleNames(tx, bucket, names)
    },
    { readOnly: true },
  )
  return json(
    200,
    names.map((name) =>
      visible.has(name)
        ? { error: null, path: name, signedURL: signedUrl(bucket, name, expiresIn) }
        : {
            error: 'Either the object does not exist or you do not have access to it',
            path: name,
            signedURL: null,
          },
    ),
  )
}

async function visibleNames(tx: Tx, bucket: string, names: string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ name: string }>(
    `select name from storage.objects where bucket_id = $1 and name = any($2::text[])`,
    [bucket, names],
  )
  return new Set(rows.map((row) => row.name))
}
