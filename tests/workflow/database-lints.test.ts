import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { Client } from 'pg'
import { openPgliteEngine } from '../../supabase/local/engine/pglite-engine.ts'
import { openPostgresEngine } from '../../supabase/local/engine/postgres-engine.ts'
import type { Engine } from '../../supabase/local/engine/types.ts'
import { prepareDatabase } from '../../supabase/local/migrate.ts'
import { LINTS } from './support/lints.ts'

// The database checks of docs/quality.md over the migrated schema: on PGlite always, and on the
// PostgreSQL server of TEST_DATABASE_URL when it is set (in a scratch database dropped afterwards).
interface Target {
  engine: Engine
  cleanup(): Promise<void>
}

async function pgliteTarget(): Promise<Target> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tams-lints-'))
  const engine = await openPgliteEngine(path.join(dir, 'db'))
  await prepareDatabase(engine, { storageDir: path.join(dir, 'storage') })
  return { engine, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `tams_lints_${process.pid}_${Date.now().toString(36)}`
  const admin = new Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database "${name}"`).finally(() => admin.end())
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const engine = openPostgresEngine(url.toString())
  const dir = await mkdtemp(path.join(tmpdir(), 'tams-lints-'))
  await prepareDatabase(engine, { storageDir: dir })
  return {
    engine,
    async cleanup() {
      const client = new Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end())
      await rm(dir, { recursive: true, force: true })
    },
  }
}

const targets: [string, () => Promise<Target>][] = [['PGlite', pgliteTarget]]
const serverUrl = process.env.TEST_DATABASE_URL
if (serverUrl) targets.push(['PostgreSQL', () => postgresTarget(serverUrl)])

for (const [engineName, open] of targets) {
  describe(`database lints on ${engineName}`, () => {
    let target: Target
    before(async () => {
      target = await open()
    })
    after(async () => {
      await target.engine.close()
      await target.cleanup()
    })

    for (const lint of LINTS) {
      test(lint.name, async () => {
        const findings = await target.engine.transaction(
          async (tx) => (await tx.query<{ finding: string }>(lint.sql)).rows,
        )
        assert.deepEqual(
          findings.map((row) => row.finding).toSorted(),
          [],
          `${lint.name}: ${findings.length} finding(s)`,
        )
      })
    }
  })
}
