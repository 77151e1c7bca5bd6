import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SUPABASE_DIR } from './config.ts'
import { parseToml, type TomlTable, type TomlValue } from './toml.ts'

/** The file `supabase start` reads; the local stack takes the same settings from it. */
export const CLI_CONFIG_FILE = path.join(SUPABASE_DIR, 'config.toml')

export interface AuthSettings {
  jwtExpiry: number
  /** `[auth] site_url`: where links go when no allowed `redirect_to` is given. */
  siteUrl: string
  additionalRedirectUrls: string[]
  /** `[auth] enable_signup` (GOTRUE_DISABLE_SIGNUP when false): only admins then create users. */
  enableSignup: boolean
  /** `[auth.email] otp_expiry`: seconds an emailed link or code stays valid. */
  otpExpiry: number
  /** `[auth.email] max_frequency`: seconds before another email of the same kind may go to a user. */
  emailMaxFrequency: number
  /** `[auth.email.template.<kind>]`: subject and HTML body file (absolute), each optional. */
  emailTemplates: Record<string, EmailTemplateSettings>
  smtp: SmtpSettings
  refreshTokenRotation: boolean
  /** Seconds a spent refresh token may still be exchanged (GoTrue's refresh_token_reuse_interval). */
  refreshTokenReuseInterval: number
}

export interface EmailTemplateSettings {
  subject?: string
  contentPath?: string
}

/** Where Auth's mail goes: `[inbucket]`, the CLI's local mail catcher (GOTRUE_SMTP_* of `supabase start`). */
export interface SmtpSettings {
  host: string
  port: number
  adminEmail: string
  senderName: string
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
  const email = tableAt(auth, 'email')
  const inbucket = tableAt(root, 'inbucket')
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
      siteUrl: stringAt(auth, 'site_url') ?? 'http://127.0.0.1:3000',
      additionalRedirectUrls: stringsAt(auth, 'additional_redirect_urls'),
      enableSignup: booleanAt(auth, 'enable_signup') ?? true,
      otpExpiry: integerAt(email, 'otp_expiry') ?? 3600,
      emailMaxFrequency: durationAt(email, 'max_frequency') ?? 1,
      emailTemplates: Object.fromEntries(
        Object.entries(tableAt(email, 'template')).map(([kind, value]) => {
          const template = asTable(value, `auth.email.template.${kind}`)
          const contentPath = stringAt(template, 'content_path')
          return [
            kind,
            {
              subject: stringAt(template, 'subject'),
              // The CLI reads content_path from the project's root, the folder that holds supabase/.
              contentPath: contentPath ? path.resolve(SUPABASE_DIR, '..', contentPath) : undefined,
            },
          ]
        }),
      ),
      smtp: {
        host: '127.0.0.1',
        port: integerAt(inbucket, 'smtp_port') ?? 54325,
        adminEmail: stringAt(inbucket, 'admin_email') ?? 'admin@email.com',
        senderName: stringAt(inbucket, 'sender_name') ?? 'Admin',
      },
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

/** "60s", "1m", "1h" (Go's time.ParseDuration for whole units), in seconds. */
function durationAt(table: TomlTable, key: string): number | undefined {
  const value = stringAt(table, key)
  if (value === undefined) return undefined
  const match = /^(\d+)(s|m|h)$/.exec(value.trim())
  if (!match) throw new Error(`config.toml: ${key} should be a duration such as "60s"`)
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h']
}

function sizeAt(table: TomlTable, key: string): number | undefined {
  const value = table[key]
  if (value === undefined) return undefined
  if (typeof value === 'number') return value
  if (typeof value === 'string') return sizeInBytes(value)
  throw new Error(`config.toml: ${key} should be a size such as "20MiB"`)
}
