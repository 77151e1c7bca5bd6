import assert from 'node:assert/strict'
import { test } from 'node:test'
import { persona } from '../support/personas.ts'
import { call, engagementAt, footprint, rowsOf } from './support/journey.ts'

// Optimistic concurrency under load: many people press "move" on the same card at once.
const CALLERS = 50

test(`${CALLERS} concurrent moves with the same expected_version: exactly one succeeds, the rest are version_conflict`, async () => {
  const id = String((await engagementAt('request')).id)
  const before = await footprint(id)
  const lan = await persona('lan')
  const outcomes = await Promise.all(
    Array.from({ length: CALLERS }, () =>
      call(lan, 'transition_engagement', {
        engagement_id: id,
        to_step: 'agreement',
        expected_version: before.version,
      }),
    ),
  )
  const succeeded = outcomes.filter((outcome) => outcome.code === null)
  const codes = [
    ...new Set(outcomes.filter((outcome) => outcome.code !== null).map((outcome) => outcome.code)),
  ]
  assert.equal(succeeded.length, 1)
  assert.deepEqual(codes, ['version_conflict'])
  const after = await footprint(id)
  assert.equal(after.step, 'agreement')
  assert.equal(after.events, Number(before.events) + 1)
  const moves = (await rowsOf('engagement_events', id)).filter((event) => event.kind === 'step_changed')
  assert.equal(moves.length, 1)
})
