import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { cliConfig, readCliConfig, sizeInBytes } from '../../supabase/local/cli-config.ts'
import { parseToml } from '../../supabase/local/toml.ts'

test('TOML: tables, dotted keys, strings, integers, booleans and arrays over several lines', () => {
  const parsed = parseToml(`top = 1 # a comment
[storage.buckets.engagement-documents]
public = false
file_size_limit = "20MiB"
allowed_mime_types = [
  "text/plain", # why
  'application/pdf',
]
[auth]
email.enable_signup = true
quoted = "a \\"b\\" \\u0041"
big = 1_000
`)
  assert.deepEqual(parsed, {
    top: 1,
    storage: {
      buckets: {
        'engagement-documents': {
          public: false,
          file_size_limit: '20MiB',
          allowed_mime_types: ['text/plain', 'application/pdf'],
        },
      },
    },
    auth: { email: { enable_signup: true }, quoted: 'a "b" A', big: 1000 },
  })
})

test('TOML: what the stack cannot read is refused with its line, never dropped', () => {
  for (const [text, line] of [
    ['a = 1\nb = 1.5', 2],
    ['a = 1979-05-27', 1],
    ['[[products]]', 1],
    ['a = { b = 1 }', 1],
    ['a = "open', 1],
    ['a = 1\na = 2', 2],
    ['a = 1 b = 2', 1],
  ] as const) {
    assert.throws(() => parseToml(text), new RegExp(`^Error: TOML line ${line}:`), text)
  }
})

test('sizes use binary units, as the CLI reads them', () => {
  assert.equal(sizeInBytes('20MiB'), 20 * 1024 * 1024)
  assert.equal(sizeInBytes('20MB'), 20 * 1024 * 1024)
  assert.equal(sizeInBytes('500KB'), 500 * 1024)
  assert.equal(sizeInBytes('12'), 12)
  assert.throws(() => sizeInBytes('lots'))
})

test('config.toml: auth as hosted runs it, the documents bucket with its seed bytes', () => {
  const config = cliConfig()
  const { emailTemplates, ...auth } = config.auth
  assert.deepEqual(auth, {
    jwtExpiry: 3600,
    siteUrl: 'http://127.0.0.1:5173',
    additionalRedirectUrls: ['http://localhost:5173'],
    enableSignup: false,
    otpExpiry: 86400,
    emailMaxFrequency: 1,
    smtp: { host: '127.0.0.1', port: 54325, adminEmail: 'no-reply@tams.test', senderName: 'TAMS – SAGOS' },
    refreshTokenRotation: true,
    refreshTokenReuseInterval: 10,
  })
  for (const kind of ['invite', 'recovery', 'email_change']) {
    const template = emailTemplates[kind]
    assert.ok(template?.subject, kind)
    assert.ok(template.contentPath?.endsWith(`supabase/templates/${kind}.html`), kind)
    assert.ok(template.contentPath && existsSync(template.contentPath), kind)
  }
  const bucket = config.buckets.find((candidate) => candidate.id === 'engagement-documents')
  assert.ok(bucket)
  assert.ok(bucket?.objectsPath?.endsWith('supabase/seed/storage/engagement-documents'))
  assert.equal(bucket.public, false)
  assert.equal(bucket.fileSizeLimit, 20971520)
})

test('a bucket without its own size limit takes [storage] file_size_limit, as the CLI does', () => {
  const config = readCliConfig(
    '[storage]\nfile_size_limit = "5MiB"\n[storage.buckets.a]\nobjects_path = "./a"\n',
  )
  assert.equal(config.buckets[0]?.fileSizeLimit, 5 * 1024 * 1024)
  assert.equal(config.buckets[0]?.public, false)
})
