import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  objectFilePath,
  splitBucketAndName,
  validateBucketId,
  validateNewBucketId,
  validateObjectName,
} from '../../supabase/local/storage/object-path.ts'

// storage-api src/storage/limits.ts: keys and bucket names of S3-safe characters only.
const REFUSED_KEYS = [
  '',
  'u1/hợp đồng (1).pdf',
  'Hợp đồng.pdf',
  'a\\b',
  'a\u0000b',
  'a#b',
  'a%b',
  'a"b',
  'a<b>',
  'a~b',
  'a^b',
  'a[b]',
  'a{b}',
  'a|b',
  'a`b',
  'tab\tname',
  'x'.repeat(1025),
]
const ACCEPTED_KEYS = [
  'a.pdf',
  "u1/Hop dong (ban 2)!*'.pdf",
  'a/b/c..d.txt',
  '.hidden',
  'a&b$c=d@e;f:g+h,i?j-k_l',
  '/etc/passwd',
  '../x',
  'a//b',
  'a/',
]

test("keys outside storage-api's characters are refused as InvalidKey, Vietnamese letters included", () => {
  for (const name of REFUSED_KEYS) {
    assert.throws(
      () => validateObjectName(name),
      { status: 400, code: 'InvalidKey', error: 'InvalidKey', message: `Invalid key: ${name}` },
      JSON.stringify(name),
    )
  }
})

test('every key storage-api accepts is accepted, dots and slashes included', () => {
  for (const name of ACCEPTED_KEYS) assert.equal(validateObjectName(name), name)
})

test('bucket names follow storage-api: no slash, 1 to 100 characters, no surrounding whitespace when created', () => {
  for (const id of ['a/b', '', 'x'.repeat(101), 'tài-liệu', 'a#b']) {
    assert.throws(
      () => validateBucketId(id),
      { status: 400, code: 'InvalidBucketName', error: 'Invalid Input', message: 'Bucket name invalid' },
      id,
    )
  }
  for (const id of ['files', 'A b (1)', '..', 'x'.repeat(100)]) assert.equal(validateBucketId(id), id)
  assert.throws(() => validateNewBucketId(' files'), { code: 'InvalidBucketName' })
})

test('percent-encoded paths are decoded before they are checked', () => {
  assert.throws(() => splitBucketAndName('/files/h%E1%BB%A3p.pdf'), { code: 'InvalidKey' })
  assert.throws(() => splitBucketAndName('/files/%E0%A4%A'), { code: 'InvalidKey' })
  assert.deepEqual(splitBucketAndName('/files/u1/a%20(1).pdf'), { bucket: 'files', name: 'u1/a (1).pdf' })
  assert.deepEqual(splitBucketAndName('/files/%2e%2e/%2e%2e/secret'), {
    bucket: 'files',
    name: '../../secret',
  })
})

test('bytes live under <storageDir>/<bucket>/<name>; dot and empty segments are names, never directions', () => {
  assert.equal(objectFilePath('/data/storage', 'files', 'u1/a.pdf'), '/data/storage/files/u1/a.pdf')
  assert.equal(
    objectFilePath('/data/storage', 'files', '../../etc/passwd'),
    '/data/storage/files/%../%../etc/passwd',
  )
  assert.equal(objectFilePath('/data/storage', 'files', '/a//b/./c'), '/data/storage/files/%/a/%/b/%./c')
  assert.equal(objectFilePath('/data/storage', '..', 'a.pdf'), '/data/storage/%../a.pdf')
})
