import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SUPABASE_DIR } from './config.ts'
import { parseToml, type TomlTable, type TomlValue } from './toml.ts'

/** The file `supabase start` reads; the local stack takes the same settings from it. */
export const CLI_CONFIG_FILE = path.join(SUPABASE_DIR, 'config.toml')

export interface AuthSettings {
  jwtExpiry: number
  refreshTokenRotation: boolean
  /** Seconds a spent refresh token may still be exchanged (GoTrue's refresh_token_reuse_interval). */
  refreshTokenReuseInterval: number
}

/** A `[storage.buckets.<id>]` table, resolved as the CLI's pkg/config does. */
export interface BucketSettings {
  id: string
  public: boolean
  fileSizeLimit: number
  allowedMimeTypes: string[]
  /** Absolute; files below it are uploaded with their path relative to it as the object key. */
  objectsPath: string | null
}

export interface CliConfig {
  /** `[api] max_rows`: PostgREST's db-max-rows, the most rows one read returns; null when unset. */
  maxRows: number | null
  auth: AuthSettings
  buckets: BucketSettings[]
  /** `verify_jwt` of each `[functions.<name>]` table (the CLI's default: true). */
  functionsVerifyJwt: Map<string, boolean>
}

let cached: CliConfig | undefined

/** Read once per process; defaults are the CLI's where config.toml says nothing. */
export function cliConfig(): CliConfig {
  cached ??= readCliConfig(readFileSync(CLI_CONFIG_FILE, 'utf8'))
  return cached
}

export function readCliConfig(text: string): CliConfig {
  const root = parseToml(text)
  const auth = tableAt(root, 'auth')
  const storage = tableAt(root, 'storage')
  const storageLimit = sizeAt(storage, 'file_size_limit') ?? sizeInBytes('50MiB')
  const buckets = Object.entries(tableAt(storage, 'buckets')).map(([id, value]): BucketSettings => {
    const bucket = asTable(value, `storage.buckets.${id}`)
    const objectsPath = stringAt(bucket, 'objects_path')
    return {
      id,
      public: booleanAt(bucket, 'public') ?? false,
      fileSizeLimit: sizeAt(bucket, 'file_size_limit') || storageLimit,
      allowedMimeTypes: stringsAt(bucket, 'allowed_mime_types'),
      objectsPath: objectsPath ? path.resolve(SUPABASE_DIR, objectsPath) : null,
    }
  })
  return {
    maxRows: integerAt(tableAt(root, 'api'), 'max_rows') ?? null,
    auth: {
      jwtExpiry: integerAt(auth, 'jwt_expiry') ?? 3600,
      refreshTokenRotation: booleanAt(auth, 'enable_refresh_token_rotation') ?? true,
      refreshTokenReuseInterval: integerAt(auth, 'refresh_token_reuse_interval') ?? 10,
    },
    buckets,
    functionsVerifyJwt: new Map(
      Object.entries(tableAt(root, 'functions')).flatMap(([name, value]) => {
        const verifyJwt = booleanAt(asTable(value, `functions.${name}`), 'verify_jwt')
        return verifyJwt === undefined ? [] : [[name, verifyJwt] as const]
      }),
    ),
  }
}

/** "20MiB", "5MB", "500KB": binary units, as go-units' RAMInBytes (the CLI's sizeInBytes) reads them. */
export function sizeInBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(text.trim())
  if (!match) throw new Error(`config.toml: "${text}" is not a size`)
  const power = match[2] ? 'kmgtp'.indexOf(match[2].toLowerCase()) + 1 : 0
  return Math.round(Number(match[1]) * 1024 ** power)
}

function asTable(value: TomlValue | undefined, name: string): TomlTable {
  if (value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`config.toml: [${name}] is not a table`)
  return value
}

const tableAt = (table: TomlTable, key: string) => asTable(table[key], key)

function typed<T extends TomlValue>(
  table: TomlTable,
  key: string,
  check: (value: TomlValue) => value is T,
  kind: string,
): T | undefined {
  const value = table[key]
  if (value === undefined) return undefined
  if (!check(value)) throw new Error(`config.toml: ${key} should be ${kind}`)
  return value
}

const integerAt = (table: TomlTable, key: string) =>
  typed(table, key, (value): value is number => typeof value === 'number', 'an integer')
const booleanAt = (table: TomlTable, key: string) =>
  typed(table, key, (value): value is boolean => typeof value === 'boolean', 'true or false')
const stringAt = (table: TomlTable, key: string) =>
  typed(table, key, (value): value is string => typeof value === 'string', 'a string')
const stringsAt = (table: TomlTable, key: string) =>
  typed(
    table,
    key,
    (value): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string'),
    'a list of strings',
  ) ?? []

function sizeAt(table: TomlTable, key: string): number | undefined {
  const value = table[key]
  if (value === undefined) return undefined
  if (typeof value === 'number') return value
  if (typeof value === 'string') return sizeInBytes(value)
  throw new Error(`config.toml: ${key} should be a size such as "20MiB"`)
}
