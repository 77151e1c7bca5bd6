import assert from 'node:assert/strict'
import { test } from 'node:test'

import { hasFilters, readFilters, toBoardQuery, withFilter } from '../../src/features/board/lib/filters.ts'
import { OPEN_STATES } from '../../src/features/board/api/board-query.ts'

const none = { client: null, accountManager: null, whoseMove: null, state: null, openDuty: null, search: '' }

test('a board URL without filters reads as no filters, and asks for the open states only', () => {
  const filters = readFilters(new URLSearchParams(''))
  assert.deepEqual(filters, none)
  assert.equal(hasFilters(filters), false)
  assert.deepEqual(toBoardQuery(filters), {
    states: OPEN_STATES,
    client: null,
    accountManager: null,
    whoseMove: null,
    openDuty: null,
    search: null,
  })
})

test('filters are read from their short URL names; unknown sides and states are dropped', () => {
  const filters = readFilters(new URLSearchParams('client=c1&am=u2&move=client&state=on_hold&duty=P5&q=shop'))
  assert.deepEqual(filters, {
    client: 'c1',
    accountManager: 'u2',
    whoseMove: 'client',
    state: 'on_hold',
    openDuty: 'P5',
    search: 'shop',
  })
  const junk = readFilters(new URLSearchParams('move=everyone&state=deleted&duty=P9&client='))
  assert.deepEqual(junk, none)
})

test('naming a finished state asks for that state only; a blank search asks for none', () => {
  const query = toBoardQuery({ ...none, state: 'closed', search: '   ' })
  assert.deepEqual(query.states, ['closed'])
  assert.equal(query.search, null)
  assert.equal(toBoardQuery({ ...none, search: '  Hoa Sen ' }).search, 'Hoa Sen')
})

test('a search of spaces only still counts as a filter the person typed', () => {
  assert.equal(hasFilters({ ...none, search: ' ' }), true)
})

test('changing one filter keeps the others; clearing one takes it out of the URL', () => {
  const start = new URLSearchParams('client=c1&q=shop')
  const moved = withFilter(start, 'whoseMove', 'provider')
  assert.equal(moved.toString(), 'client=c1&q=shop&move=provider')
  assert.equal(start.toString(), 'client=c1&q=shop', 'the URL it started from is left as it was')
  assert.equal(withFilter(moved, 'client', null).toString(), 'q=shop&move=provider')
  assert.equal(withFilter(moved, 'search', '').toString(), 'client=c1&move=provider')
})
