import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'

import portalEn from '../../src/features/client-portal/locales/en.ts'
import portalVi from '../../src/features/client-portal/locales/vi.ts'
import workspaceEn from '../../src/features/engagement-workspace/locales/en.ts'
import workspaceVi from '../../src/features/engagement-workspace/locales/vi.ts'

const MIGRATIONS = 'supabase/migrations'

/** Every event kind a workflow function writes by name, and whether the client may see it. */
function loggedKinds(): { kind: string; clientSees: boolean }[] {
  const found = new Map<string, boolean>()
  for (const file of readdirSync(MIGRATIONS).filter((name) => name.endsWith('.sql'))) {
    const sql = readFileSync(path.join(MIGRATIONS, file), 'utf8')
    for (const match of sql.matchAll(/log_event\([^,]+,\s*'([a-z_]+)',\s*([^,]+),/g))
      found.set(match[1]!, (found.get(match[1]!) ?? false) || match[2]!.trim() !== 'false')
  }
  return [...found].map(([kind, clientSees]) => ({ kind, clientSees }))
}

test('the migrations log event kinds by name (the finder below reads something)', () => {
  assert.ok(loggedKinds().length > 20)
})

test('every logged event kind has a label on the staff timeline, in both languages', () => {
  const missing = loggedKinds()
    .filter(({ kind }) => !(kind in workspaceVi.event) || !(kind in workspaceEn.event))
    .map(({ kind }) => kind)
  assert.deepEqual(missing, [], 'add these to the workspace locales (event.<kind>)')
})

test("every event kind a client may see has a label on the client's timeline, in both languages", () => {
  const missing = loggedKinds()
    .filter(({ clientSees }) => clientSees)
    .filter(({ kind }) => !(kind in portalVi.timeline.kind) || !(kind in portalEn.timeline.kind))
    .map(({ kind }) => kind)
  assert.deepEqual(missing, [], 'add these to the client portal locales (timeline.kind.<kind>)')
})
