import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client } from 'pg'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const bootstrapDir = path.join(root, 'supabase/local/bootstrap')
export const FIXTURE_FILE = path.join(root, 'tests/fixtures/rest-fixture.sql')
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export function databaseUrl(database: string, user = 'postgres'): string {
  const url = new URL(SERVER_URL)
  url.pathname = `/${database}`
  url.username = user
  return url.toString()
}

/** The stack's bootstrap scripts in order, or a minimal stand-in while they do not exist. */
export function bootstrapScripts(): string[] {
  const files = readdirSync(bootstrapDir)
    .filter((name) => name.endsWith('.sql'))
    .toSorted()
  if (files.length === 0) return [readFileSync(path.join(here, 'minimal-bootstrap.sql'), 'utf8')]
  return files.map((name) => readFileSync(path.join(bootstrapDir, name), 'utf8'))
}

async function onServer<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** A fresh database with the bootstrap and the REST fixture applied. */
export async function createFixtureDatabase(name: string): Promise<string> {
  await dropDatabase(name)
  await onServer(SERVER_URL, (client) => client.query(`create database "${name}"`))
  const url = databaseUrl(name)
  await onServer(url, async (client) => {
    for (const script of bootstrapScripts()) await client.query(script)
    await client.query(readFileSync(FIXTURE_FILE, 'utf8'))
  })
  return url
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer(SERVER_URL, (client) => client.query(`drop database if exists "${name}" with (force)`))
}
