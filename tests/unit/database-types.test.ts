import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { generateFromDatabase } from '../../scripts/gen-types.ts'

test('the committed files generated from the database match the migrations (run `npm run gen:types` after changing a migration)', async () => {
  for (const [file, generated] of Object.entries(await generateFromDatabase())) {
    assert.equal(await readFile(file, 'utf8'), generated, file)
  }
})
