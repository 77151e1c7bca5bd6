import { Client } from 'pg'

/** A uniquely named database on the server of TEST_DATABASE_URL, dropped by `drop()`. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  const admin = new Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end())
    },
  }
}
