import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { serviceRole } from '../support/personas.ts'
import { assertSameRows } from './support/assert-rows.ts'
import { ENGAGEMENT_CELLS } from './support/visibility-cells.ts'
import { VIEWER_NAMES, readAs, viewer } from './support/viewers.ts'
import { loadWorld, readAll, type World } from './support/world.ts'

// Every cell of the visibility table (docs/database.md) for data that belongs to an engagement, as every viewer:
// the rows received are exactly the ones the rule allows, compared with the service role's view.
let world: World
before(async () => {
  world = await loadWorld()
})

for (const cell of ENGAGEMENT_CELLS) {
  describe(`visibility of ${cell.label}`, () => {
    const within = cell.within ?? (() => true)

    test('the seed has rows of both clients in this cell, so the checks below mean something', async () => {
      const rows = (await readAll(serviceRole(), cell.table, cell.columns)).filter(within)
      const clients = new Set(
        rows.map((row) => world.engagements.get(String(row[cell.engagementColumn]))?.client_id),
      )
      assert.ok(clients.size >= 2, `${cell.label}: seeded rows belong to ${clients.size} client(s)`)
    })

    for (const name of VIEWER_NAMES) {
      test(`as ${name}: exactly the rows the table allows`, async () => {
        const who = await viewer(name)
        const audience = world.audienceOf(who.userId)
        const all = (await readAll(serviceRole(), cell.table, cell.columns)).filter(within)
        const seen = (await readAs(who, cell.table, cell.columns)).filter(within)
        const expected = all.filter(
          (row) =>
            world.seesEngagement(audience, String(row[cell.engagementColumn])) &&
            (audience.side !== 'client' || cell.clientSees(row)),
        )
        assertSameRows(seen, expected, `${cell.label} as ${name} (${audience.side})`)
      })
    }
  })
}
