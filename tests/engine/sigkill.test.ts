import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { createScratchDatabase } from '../../scripts/testing/scratch-database.ts'
import { SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { startTestStack } from '../support/stack.ts'

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'durability-fixture.sql')
const BATCH_SIZE = 5
const WRITERS = 8
const SERVICE = { apikey: SERVICE_ROLE_KEY, authorization: `Bearer ${SERVICE_ROLE_KEY}` }

interface WriteRow {
  batch: number
  seq: number
  payload: string
  checksum: string
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex')

function batchRows(batch: number): WriteRow[] {
  return Array.from({ length: BATCH_SIZE }, (_, seq) => {
    const payload = `batch ${batch} row ${seq} `.repeat(40)
    return { batch, seq, payload, checksum: md5(payload) }
  })
}

/** Writers post batches until the stack dies; returns the batches the stack acknowledged. */
async function writeUntilKilled(url: string, kill: () => Promise<void>, killAfterAcks: number) {
  const acknowledged = new Set<number>()
  let interrupted = 0
  let nextBatch = 1
  let killing: Promise<void> | null = null
  const writer = async () => {
    for (;;) {
      const batch = nextBatch++
      try {
        const response = await fetch(`${url}/rest/v1/durability_writes`, {
          method: 'POST',
          headers: { ...SERVICE, 'content-type': 'application/json', prefer: 'return=minimal' },
          body: JSON.stringify(batchRows(batch)),
        })
        await response.arrayBuffer()
        if (response.status >= 200 && response.status < 300) acknowledged.add(batch)
        else assert.fail(`write refused with ${response.status}`)
      } catch (error) {
        if (!killing) throw error
        interrupted++
        return
      }
      if (acknowledged.size >= killAfterAcks) killing ??= kill()
    }
  }
  await Promise.all(Array.from({ length: WRITERS }, writer))
  await killing
  return { acknowledged, interrupted }
}

async function crashAndRecover(databaseUrl?: string): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sigkill-test-'))
  try {
    const stack = await startTestStack({ databaseUrl, dataDir, extraSqlFiles: [FIXTURE] })
    const { acknowledged, interrupted } = await writeUntilKilled(stack.url, () => stack.kill(), 60)
    assert.ok(acknowledged.size >= 60)
    assert.ok(interrupted > 0, 'the kill cut writes off mid-flight')

    const restarted = await startTestStack({ databaseUrl, dataDir, extraSqlFiles: [FIXTURE] })
    try {
      const response = await fetch(
        `${restarted.url}/rest/v1/durability_writes?select=batch,seq,payload,checksum`,
        { headers: SERVICE },
      )
      assert.equal(response.status, 200)
      const rows = (await response.json()) as WriteRow[]
      const perBatch = new Map<number, number>()
      for (const row of rows) {
        assert.equal(md5(row.payload), row.checksum, `row ${row.batch}/${row.seq} is whole`)
        perBatch.set(row.batch, (perBatch.get(row.batch) ?? 0) + 1)
      }
      for (const batch of acknowledged)
        assert.equal(perBatch.get(batch), BATCH_SIZE, `acknowledged batch ${batch} is there`)
      for (const [batch, count] of perBatch)
        assert.equal(count, BATCH_SIZE, `batch ${batch} is all there or absent`)
    } finally {
      await restarted.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

test('SIGKILL during a burst of writes on PGlite loses no acknowledged write', () => crashAndRecover())

const serverUrl = process.env.TEST_DATABASE_URL
test(
  'SIGKILL during a burst of writes on PostgreSQL loses no acknowledged write',
  { skip: !serverUrl && 'set TEST_DATABASE_URL' },
  async () => {
    const database = await createScratchDatabase(serverUrl!, 'sigkill_test')
    try {
      await crashAndRecover(database.url)
    } finally {
      await database.drop()
    }
  },
)
