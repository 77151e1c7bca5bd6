import { existsSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { ANON_KEY } from '../../supabase/local/config.ts'
import { API_URL } from '../auth/support.ts'

/** Buckets made by tests/fixtures/storage-fixture.sql: owners' folders are named after their user id. */
export const PRIVATE_BUCKET = 'conformance-files'
export const PUBLIC_BUCKET = 'conformance-public'

export const uniqueName = (label: string) => `${label}-${randomUUID().slice(0, 8)}.txt`

/**
 * Where the stack keeps bytes, when the runner says (STACK_STORAGE_DIR, or STACK_DATA_DIR/storage);
 * the on-disk checks are skipped otherwise.
 */
const storageDir =
  process.env.STACK_STORAGE_DIR ??
  (process.env.STACK_DATA_DIR ? path.join(process.env.STACK_DATA_DIR, 'storage') : undefined)

export function fileOnDisk(bucket: string, name: string): boolean | undefined {
  return storageDir ? existsSync(path.join(storageDir, bucket, ...name.split('/'))) : undefined
}

export async function storageFetch(
  pathBelowStorage: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${API_URL}/storage/v1${pathBelowStorage}`, {
    ...init,
    headers: {
      apikey: ANON_KEY,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}
