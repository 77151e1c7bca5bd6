import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { generateDatabaseTypes, TYPES_FILE } from '../../scripts/gen-types.ts'

test('the committed database types match the migrations (run `npm run gen:types` after changing a migration)', async () => {
  const committed = await readFile(TYPES_FILE, 'utf8')
  assert.equal(committed, await generateDatabaseTypes())
})
