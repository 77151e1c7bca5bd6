import assert from 'node:assert/strict'
import { test } from 'node:test'
import { objectFilePath, splitBucketAndName, validateObjectName } from '../../supabase/local/storage/object-path.ts'

const REFUSED = ['', '/etc/passwd', '../x', 'a/../../x', 'a/./b', 'a//b', 'a/', 'a\\b', 'a\u0000b', 'x'.repeat(1025)]

test('object names that could leave the bucket or mean another file are refused as InvalidKey', () => {
  for (const name of REFUSED) {
    assert.throws(() => validateObjectName(name), { status: 400, error: 'InvalidKey' }, JSON.stringify(name))
  }
})

test('ordinary names, Vietnamese ones included, are accepted', () => {
  for (const name of ['a.pdf', 'u1/hợp đồng (1).pdf', 'a/b/c..d.txt', '.hidden']) assert.equal(validateObjectName(name), name)
})

test('percent-encoded traversal is decoded before it is checked', () => {
  assert.throws(() => splitBucketAndName('/files/%2e%2e/%2e%2e/secret'), { status: 400 })
  assert.throws(() => splitBucketAndName('/files/a%2F..%2Fb'), { status: 400 })
  assert.throws(() => splitBucketAndName('/files/%E0%A4%A'), { status: 400 })
  assert.deepEqual(splitBucketAndName('/files/u1/h%E1%BB%A3p.pdf'), { bucket: 'files', name: 'u1/hợp.pdf' })
})

test('bytes live under <storageDir>/<bucket>/<name>', () => {
  assert.equal(objectFilePath('/data/storage', 'files', 'u1/a.pdf'), '/data/storage/files/u1/a.pdf')
  assert.throws(() => objectFilePath('/data/storage', '..', 'a.pdf'), { status: 400 })
})
