import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { Client } from 'pg'
import { migrate } from '../rls/database.ts'
import type { SuiteResult } from './result.ts'
import { createScratchDatabase } from './scratch-database.ts'

const TESTS_DIR = 'supabase/tests'

/**
 * Runs the pgTAP files with pg_prove (what `supabase test db` does) on a database of their own,
 * migrated and seeded: they read the seed as it is, untouched by the API suites.
 */
export async function runPgTap(serverUrl: string): Promise<SuiteResult> {
  const name = 'database invariants (pgTAP)'
  const files = existsSync(TESTS_DIR)
    ? readdirSync(TESTS_DIR)
        .filter((file) => file.endsWith('.sql'))
        .toSorted()
    : []
  if (files.length === 0) return { name, passed: 0, failed: 0, note: 'no pgTAP files' }
  const database = await createScratchDatabase(serverUrl, 'tams_pgtap')
  try {
    await migrate(database.url)
    return await proveFiles(name, database.url, files)
  } finally {
    await database.drop()
  }
}

async function proveFiles(name: string, databaseUrl: string, files: string[]): Promise<SuiteResult> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('create extension if not exists pgtap with schema extensions')
  } catch (error) {
    return {
      name,
      passed: 0,
      failed: 1,
      note: `pgTAP is not installed on the server: ${(error as Error).message}`,
    }
  } finally {
    await client.end()
  }
  const output = await capture('pg_prove', [
    '--dbname',
    databaseUrl,
    '--ext',
    '.sql',
    ...files.map((file) => `${TESTS_DIR}/${file}`),
  ])
  process.stdout.write(output.text)
  if (output.code === 127) return { name, passed: 0, failed: 1, note: 'pg_prove is not installed' }
  const total = Number(/Tests=(\d+)/.exec(output.text)?.[1] ?? 0)
  const failed = [...output.text.matchAll(/Failed (\d+)\/\d+ subtests/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  )
  const failedOrCrashed = failed || (output.code === 0 ? 0 : 1)
  return { name, passed: Math.max(total - failed, 0), failed: failedOrCrashed }
}

function capture(command: string, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, PGOPTIONS: '--client-min-messages=warning' },
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('exit', (code) => resolve({ code: code ?? 1, text }))
    child.on('error', () => resolve({ code: 127, text }))
  })
}
