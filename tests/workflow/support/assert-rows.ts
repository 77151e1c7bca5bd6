import assert from 'node:assert/strict'
import type { Row } from './world.ts'

const show = (rows: Row[]) =>
  rows
    .slice(0, 5)
    .map((row) => JSON.stringify(row))
    .join('\n    ')

/** Fails naming every leaked row (seen but forbidden) and every missing one (allowed but absent). */
export function assertSameRows(seen: Row[], expected: Row[], context: string): void {
  const seenIds = new Set(seen.map((row) => String(row.id)))
  const expectedIds = new Set(expected.map((row) => String(row.id)))
  const leaked = seen.filter((row) => !expectedIds.has(String(row.id)))
  const missing = expected.filter((row) => !seenIds.has(String(row.id)))
  assert.ok(
    leaked.length === 0 && missing.length === 0,
    `${context}: ${leaked.length} forbidden row(s) received, ${missing.length} allowed row(s) missing` +
      (leaked.length ? `\n  leaked:\n    ${show(leaked)}` : '') +
      (missing.length ? `\n  missing:\n    ${show(missing)}` : ''),
  )
}
