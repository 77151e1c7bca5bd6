import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { createScratchDatabase } from '../../scripts/testing/scratch-database.ts'
import { copyTemplate, pgliteTemplate } from '../../supabase/local/admin/template.ts'
import { openPgliteEngine } from '../../supabase/local/engine/pglite-engine.ts'
import { openPostgresEngine } from '../../supabase/local/engine/postgres-engine.ts'
import { DatabaseError, type Engine } from '../../supabase/local/engine/types.ts'

/** The engine contract, checked the same way on PGlite and (with TEST_DATABASE_URL) on PostgreSQL. */
interface EngineUnderTest {
  engine: Engine
  dispose(): Promise<void>
}

async function pglite(): Promise<EngineUnderTest> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'engine-test-'))
  await copyTemplate(await pgliteTemplate(), path.join(dataDir, 'pgdata'), path.join(dataDir, 'storage'))
  const engine = await openPgliteEngine(path.join(dataDir, 'pgdata'))
  return {
    engine,
    dispose: async () => (await engine.close(), await rm(dataDir, { recursive: true, force: true })),
  }
}

async function postgres(serverUrl: string): Promise<EngineUnderTest> {
  const database = await createScratchDatabase(serverUrl, 'engine_test')
  const engine = openPostgresEngine(database.url)
  return { engine, dispose: async () => (await engine.close(), await database.drop()) }
}

const failureOf = async (work: Promise<unknown>): Promise<DatabaseError> => {
  const error = await work.then(
    () => assert.fail('expected the database to refuse'),
    (caught: unknown) => caught,
  )
  assert.ok(error instanceof DatabaseError, `expected a DatabaseError, got ${String(error)}`)
  return error
}

const engines: [string, () => Promise<EngineUnderTest>][] = [['PGlite', pglite]]
const serverUrl = process.env.TEST_DATABASE_URL
if (serverUrl) engines.push(['PostgreSQL', () => postgres(serverUrl)])

for (const [name, open] of engines) {
  describe(`engine on ${name}`, () => {
    let subject: EngineUnderTest
    let engine: Engine
    const noteCount = async () =>
      engine.transaction(async (tx) =>
        Number((await tx.query<{ n: string }>('select count(*) as n from engine_notes')).rows[0]!.n),
      )

    before(async () => {
      subject = await open()
      engine = subject.engine
      await engine.exec('create table engine_notes (id int primary key, body text not null)')
    })
    after(() => subject.dispose())

    test('a transaction that returns commits its writes', async () => {
      await engine.transaction((tx) => tx.query('insert into engine_notes values ($1, $2)', [1, 'kept']))
      const { rows } = await engine.transaction((tx) =>
        tx.query<{ body: string }>('select body from engine_notes where id = 1'),
      )
      assert.deepEqual(rows, [{ body: 'kept' }])
    })

    test('a transaction that throws rolls all its writes back', async () => {
      await assert.rejects(
        engine.transaction(async (tx) => {
          await tx.query('insert into engine_notes values (2, $1)', ['dropped'])
          throw new Error('changed my mind')
        }),
        /changed my mind/,
      )
      assert.equal(await noteCount(), 1)
    })

    test('errors keep their SQLSTATE, detail and hint', async () => {
      const duplicate = await failureOf(
        engine.transaction((tx) => tx.query(`insert into engine_notes values (1, 'again')`)),
      )
      assert.equal(duplicate.code, '23505')
      assert.match(duplicate.detail ?? '', /Key \(id\)=\(1\) already exists/)
      const raised = await failureOf(
        engine.transaction((tx) =>
          tx.query(
            `do $$ begin raise exception 'Step refused' using errcode = 'P0001', detail = 'not your move', hint = 'ask the manager'; end $$`,
          ),
        ),
      )
      assert.deepEqual(
        [raised.code, raised.message, raised.detail, raised.hint],
        ['P0001', 'Step refused', 'not your move', 'ask the manager'],
      )
    })

    test('a read-only transaction refuses writes with 25006', async () => {
      const refusal = await failureOf(
        engine.transaction((tx) => tx.query(`insert into engine_notes values (3, 'no')`), { readOnly: true }),
      )
      assert.equal(refusal.code, '25006')
      assert.equal(await noteCount(), 1)
    })

    test('a runaway query is stopped with 57014 and the engine answers the next one', async () => {
      const started = performance.now()
      const stopped = await failureOf(
        engine.transaction((tx) => tx.query('select pg_sleep(60)'), { timeoutMs: 1_000 }),
      )
      assert.equal(stopped.code, '57014')
      assert.ok(performance.now() - started < 15_000, 'the timeout, not the query, ended it')
      const { rows } = await engine.transaction((tx) => tx.query<{ answer: number }>('select 42 as answer'))
      assert.deepEqual(rows, [{ answer: 42 }])
      assert.equal(await noteCount(), 1, 'committed data survives the stop')
    })

    test('concurrent transactions do not interleave', async () => {
      await engine.exec(
        'create table engine_counter (value int not null); insert into engine_counter values (0)',
      )
      const bump = () =>
        engine.transaction(async (tx) => {
          const { rows } = await tx.query<{ value: number }>('select value from engine_counter for update')
          await tx.query('update engine_counter set value = $1', [rows[0]!.value + 1])
        })
      await Promise.all(Array.from({ length: 20 }, bump))
      const { rows } = await engine.transaction((tx) =>
        tx.query<{ value: number }>('select value from engine_counter'),
      )
      assert.deepEqual(rows, [{ value: 20 }])
    })
  })
}
