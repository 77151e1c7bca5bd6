import assert from 'node:assert/strict'
import { test } from 'node:test'

import { formatDate, formatDateTime, formatVnd, parseVnd } from '../../src/lib/format/index.ts'

const NBSP = '\u00a0'

test('đồng are shown with dots between thousands and the symbol after a no-break space', () => {
  assert.equal(formatVnd(300_000), `300.000${NBSP}₫`)
  assert.equal(formatVnd(0), `0${NBSP}₫`)
  assert.equal(formatVnd(999), `999${NBSP}₫`)
  assert.equal(formatVnd(1_000), `1.000${NBSP}₫`)
  assert.equal(formatVnd(-2_500_000), `-2.500.000${NBSP}₫`)
  assert.equal(formatVnd(12.9), `12${NBSP}₫`, 'đồng have no decimals')
  assert.equal(formatVnd(9_007_199_254_740_993n), `9.007.199.254.740.993${NBSP}₫`, 'beyond a double, exactly')
})

test('what a person types as đồng: dots group thousands, so 300.000 is three hundred thousand', () => {
  assert.equal(parseVnd('300.000'), 300_000)
  assert.equal(parseVnd('300000'), 300_000)
  assert.equal(parseVnd('300.000 ₫'), 300_000)
  assert.equal(parseVnd('300 000'), 300_000)
  assert.equal(parseVnd('1.250.000đ'), 1_250_000)
  assert.equal(parseVnd('0'), 0)
})

test('text that is no whole amount of đồng is refused, not guessed', () => {
  for (const text of ['1.5', '300,000', '30.00', '1.0000', '', '₫', 'ba trăm', '9007199254740993']) {
    assert.equal(parseVnd(text), null, JSON.stringify(text))
  }
})

test('dates are Vietnam’s calendar, dd/MM/yyyy, whatever the machine’s zone', () => {
  assert.equal(formatDate('2026-03-01T20:00:00Z'), '02/03/2026', '03:00 on the 2nd in Ho Chi Minh City')
  assert.equal(formatDate('2026-03-01T16:59:59Z'), '01/03/2026', 'one second before midnight there')
  assert.equal(formatDate('2026-03-01T17:00:00Z'), '02/03/2026', 'midnight there')
  assert.equal(formatDate('2026-12-31T17:00:00Z'), '01/01/2027', 'the new year comes seven hours early')
  assert.equal(formatDate(new Date(Date.UTC(2028, 1, 28, 17))), '29/02/2028')
})

test('times are 24-hour in Vietnam, with the date', () => {
  assert.equal(formatDateTime('2026-03-01T20:05:00Z'), '02/03/2026 03:05')
  assert.equal(formatDateTime('2026-03-01T17:00:00Z'), '02/03/2026 00:00')
  assert.equal(formatDateTime('2026-03-01T04:30:00+07:00'), '01/03/2026 04:30')
})
