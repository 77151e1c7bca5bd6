import assert from 'node:assert/strict'
import { test } from 'node:test'

import { leafKeys, namespaces, unusedKeys } from './support/translation-keys.ts'

/** Each namespace's Vietnamese and English strings, loaded as the app loads them. */
async function locales() {
  return Promise.all(
    namespaces().map(async (namespace) => {
      const vi: { default: Record<string, unknown> } = await import(`../../${namespace.file}`)
      const en: { default: Record<string, unknown> } = await import(
        `../../${namespace.file.replace(/vi\.ts$/, 'en.ts')}`
      )
      return { namespace, vi: leafKeys(vi.default).toSorted(), en: leafKeys(en.default).toSorted() }
    }),
  )
}

test('every translation key is used somewhere in the app', async () => {
  const unused = (await locales()).flatMap(({ namespace, vi }) =>
    unusedKeys(namespace, vi).map((key) => `${namespace.name}:${key}`),
  )
  assert.deepEqual(unused, [], 'remove these keys from both languages, or use them')
})

test('English has exactly the Vietnamese keys, in every namespace', async () => {
  for (const { namespace, vi, en } of await locales()) assert.deepEqual(en, vi, namespace.name)
})

test('the finder sees a key named in a template as used, and one named nowhere as unused', () => {
  const board = namespaces().find((namespace) => namespace.name === 'board')
  assert.ok(board)
  assert.deepEqual(unusedKeys(board, ['move.refused', 'reject.required', 'no.such.key']), ['no.such.key'])
})
