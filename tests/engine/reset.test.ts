import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { REPO_ROOT } from '../../scripts/lib/stack-process.ts'
import { createScratchDatabase } from '../../scripts/testing/scratch-database.ts'
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts'
import { startTestStack } from '../support/stack.ts'

const DEMO = { email: 'admin@tams.test', password: 'tams-demo-2026' }
const NEWCOMER = { email: 'newcomer@example.test', password: 'a-long-enough-password-1' }

/** Sign-up is closed (config.toml): a new account comes from the admin API. */
async function signUp(url: string, who: typeof NEWCOMER): Promise<number> {
  const response = await fetch(`${url}/auth/v1/admin/users`, {
    method: 'POST',
    headers: {
      apikey: SERVICE_ROLE_KEY,
      authorization: `Bearer ${SERVICE_ROLE_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ ...who, email_confirm: true }),
  })
  return response.status
}

async function signIn(url: string, who: typeof NEWCOMER): Promise<number> {
  const response = await fetch(`${url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(who),
  })
  await response.arrayBuffer()
  return response.status
}

const resetThrough = (url: string, key?: string) =>
  fetch(`${url}/_local/v1/reset`, {
    method: 'POST',
    headers: key ? { apikey: key, authorization: `Bearer ${key}` } : {},
  })

/** `npm run db:reset` as a user runs it, against the data directory (and port) given. */
function runResetCommand(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'supabase/local/reset.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`reset failed (${code}): ${output}`)),
    ),
  )
}

const targets: [string, () => Promise<{ databaseUrl?: string; dispose(): Promise<void> }>][] = [
  ['PGlite', async () => ({ dispose: async () => undefined })],
]
const serverUrl = process.env.TEST_DATABASE_URL
if (serverUrl) {
  targets.push([
    'PostgreSQL',
    async () => {
      const database = await createScratchDatabase(serverUrl, 'reset_test')
      return { databaseUrl: database.url, dispose: () => database.drop() }
    },
  ])
}

for (const [name, target] of targets) {
  describe(`db:reset on ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = []
    after(async () => {
      for (const cleanUp of cleanups.toReversed()) await cleanUp()
    })

    test('a running stack resets itself through its service-role endpoint', async () => {
      const { databaseUrl, dispose } = await target()
      cleanups.push(dispose)
      const stack = await startTestStack({ databaseUrl })
      cleanups.push(() => stack.stop())
      assert.equal(await signUp(stack.url, NEWCOMER), 200)
      const strayObject = path.join(stack.dataDir, 'storage', 'stray.bin')
      await writeFile(strayObject, 'bytes of an upload')

      assert.equal((await resetThrough(stack.url)).status, 401)
      assert.equal((await resetThrough(stack.url, ANON_KEY)).status, 401)
      assert.equal(await signIn(stack.url, NEWCOMER), 200, 'a refused reset changed nothing')

      const output = await runResetCommand({
        PORT: new URL(stack.url).port,
        STACK_DATA_DIR: stack.dataDir,
        DATABASE_URL: databaseUrl ?? '',
      })
      assert.match(output, /Reset the running stack/)
      assert.equal(await signIn(stack.url, NEWCOMER), 400, 'users signed up since are gone')
      assert.equal(await signIn(stack.url, DEMO), 200, 'the seed is back')
      assert.equal(existsSync(strayObject), false, "Storage's bytes are wiped")
      assert.equal(await signUp(stack.url, NEWCOMER), 200, 'the stack keeps serving writes')
    })

    test('without a running stack it resets the data directory itself', async () => {
      const { databaseUrl, dispose } = await target()
      cleanups.push(dispose)
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'reset-test-'))
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
      const first = await startTestStack({ databaseUrl, dataDir })
      assert.equal(await signUp(first.url, NEWCOMER), 200)
      await first.stop()

      const output = await runResetCommand({
        PORT: '1',
        STACK_DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl ?? '',
      })
      assert.match(output, /no stack answered/)
      const second = await startTestStack({ databaseUrl, dataDir })
      cleanups.push(() => second.stop())
      assert.equal(await signIn(second.url, NEWCOMER), 400)
      assert.equal(await signIn(second.url, DEMO), 200)
    })
  })
}
