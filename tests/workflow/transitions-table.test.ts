import assert from 'node:assert/strict'
import { before as beforeAll, describe, test } from 'node:test'
import { ACTOR_NAMES, OUTSIDER_CODES, actor, type ActorName } from './support/actors.ts'
import {
  STEPS,
  call,
  engagementAt,
  footprint,
  nextStep,
  transitionArgs,
  type Step,
} from './support/journey.ts'
import type { Row } from './support/world.ts'

// Every row of the transition table (docs/policy.md), tried as every persona, on Phương Đông engagements
// (Lan is their AM, An the approver, Bình a member). Allowed personas move a fresh engagement each;
// refused ones get the stable reason code and leave the engagement exactly as it was.
const CLIENT_STEPS: Step[] = ['agreement', 'acceptance']

function expectedRefusal(from: Step, name: ActorName): string | null {
  const outsider = OUTSIDER_CODES[name]
  if (outsider) return outsider
  const provider = ['admin', 'manager', 'lan'].includes(name)
  if (CLIENT_STEPS.includes(from)) return name === 'an' ? null : 'not_client_approver'
  return provider ? null : 'not_provider_actor'
}

for (const from of STEPS.filter((step) => nextStep(step))) {
  const to = nextStep(from)!
  describe(`${from} -> ${to}`, () => {
    let target: Row
    beforeAll(async () => {
      target = await engagementAt(from)
    })

    for (const name of ACTOR_NAMES) {
      const refusal = expectedRefusal(from, name)
      if (refusal) {
        test(`${name} is refused (${refusal}) and nothing changes`, async () => {
          const id = String(target.id)
          const before = await footprint(id)
          const outcome = await call(await actor(name), 'transition_engagement', await transitionArgs(id, to))
          assert.equal(outcome.code, refusal)
          assert.deepEqual(await footprint(id), before)
        })
      } else {
        test(`${name} moves it, with one event`, async () => {
          const fresh = await engagementAt(from)
          const id = String(fresh.id)
          const before = await footprint(id)
          const outcome = await call(await actor(name), 'transition_engagement', await transitionArgs(id, to))
          assert.equal(outcome.code, null, JSON.stringify(outcome.detail))
          const after = await footprint(id)
          assert.equal((outcome.data as Row).step, to)
          assert.equal(after.step, to)
          assert.equal(after.events, Number(before.events) + 1)
          assert.ok(Number(after.version) > Number(before.version))
        })
      }
    }

    test(`no skipping: from ${from}, every step but the next is refused as invalid_transition`, async () => {
      const id = String(target.id)
      const mover = await actor(CLIENT_STEPS.includes(from) ? 'an' : 'manager')
      const others = STEPS.filter(
        (step) => step !== to && !(from === 'acceptance' && step === 'implementation'),
      )
      for (const step of others) {
        const before = await footprint(id)
        const outcome = await call(mover, 'transition_engagement', {
          engagement_id: id,
          to_step: step,
          expected_version: before.version,
        })
        assert.equal(outcome.code, 'invalid_transition', `${from} -> ${step}`)
        assert.deepEqual(await footprint(id), before)
      }
    })
  })
}

describe('warranty is the last step', () => {
  test('nobody moves a warranty engagement to any step', async () => {
    const id = String((await engagementAt('warranty')).id)
    for (const name of ['admin', 'manager', 'lan', 'an'] as const) {
      for (const step of STEPS) {
        const before = await footprint(id)
        const outcome = await call(await actor(name), 'transition_engagement', {
          engagement_id: id,
          to_step: step,
          expected_version: before.version,
        })
        assert.equal(outcome.code, 'invalid_transition', `${name}: warranty -> ${step}`)
        assert.deepEqual(await footprint(id), before)
      }
    }
  })
})
