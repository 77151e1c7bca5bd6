import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { APP_REQUESTS } from '../rest/app-requests.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const sources = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  // type tests are compiled, never run: their calls are the compiler's, not the app's
  .filter(
    (name) => /\.tsx?$/.test(name) && !name.endsWith('database.types.ts') && !name.endsWith('.type-test.ts'),
  )
  .map((name) => {
    const file = `src/${name.split(path.sep).join('/')}`
    return { file, text: readFileSync(path.join(root, file), 'utf8') }
  })

const key = (file: string, target: string) => `${file} ${target}`

/** Every `.from('…')` and `.rpc('…'` of the app, by file. */
function appCalls(): Set<string> {
  const calls = new Set<string>()
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/\.from\(\s*'(\w+)'/g)) calls.add(key(file, `from:${match[1]}`))
    for (const match of text.matchAll(/\.rpc\(\s*'(\w+)'/g)) calls.add(key(file, `rpc:${match[1]}`))
  }
  return calls
}

const listed = new Set(
  APP_REQUESTS.map((request) =>
    key(
      request.source,
      'from' in request.target ? `from:${request.target.from}` : `rpc:${request.target.rpc}`,
    ),
  ),
)

describe('the REST suite lists every request the app sends', () => {
  it('has an entry for each .from and .rpc of src/, from the file that sends it', () => {
    const missing = [...appCalls()].filter((call) => !listed.has(call))
    assert.deepEqual(missing, [], 'add these to tests/rest/app-requests.ts as the app builds them')
  })

  it('names tables and functions literally, so none escapes the list', () => {
    const dynamic = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\.(from|rpc)\(\s*([^'\s)][^,)]*)/g)]
        // storage.from is storage-api's, Array.from and the like are not requests.
        .filter(
          (match) => !/(storage|\b[A-Z]\w*)\s*$/.test(text.slice(Math.max(0, match.index - 40), match.index)),
        )
        .map((match) => `${file}: .${match[1]}(${match[2]}`),
    )
    assert.deepEqual(dynamic, [])
  })

  it('lists no request the app no longer sends', () => {
    const calls = appCalls()
    assert.deepEqual(
      [...listed].filter((entry) => !calls.has(entry)),
      [],
    )
  })
})
