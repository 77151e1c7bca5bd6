import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  STEPS,
  isRejection,
  moveHint,
  transitionsFrom,
  type EngagementStep,
} from '../../src/lib/workflow/index.ts'

const active = (step: EngagementStep) => ({ step, state: 'active' as const })

test('every step but the last offers exactly its next step, by the side whose move it is', () => {
  const moves = STEPS.map((step) => transitionsFrom(step).filter((move) => !move.rejection))
  assert.deepEqual(
    moves.map((list) => list.map((move) => `${move.from}->${move.to} by ${move.actor}`)),
    [
      ['request->agreement by provider'],
      ['agreement->payment by client_approver'],
      ['payment->implementation by provider'],
      ['implementation->completion by provider'],
      ['completion->acceptance by provider'],
      ['acceptance->warranty by client_approver'],
      [],
    ],
  )
})

test('the only backward move is the approver rejecting at acceptance', () => {
  const backward = STEPS.flatMap(transitionsFrom).filter((move) => move.rejection)
  assert.deepEqual(backward, [
    { from: 'acceptance', to: 'implementation', actor: 'client_approver', rejection: true },
  ])
  assert.equal(isRejection('acceptance', 'implementation'), true)
  assert.equal(isRejection('completion', 'implementation'), false)
})

test('the board dims a move with the refusal the database would give', () => {
  assert.equal(moveHint(active('payment'), 'payment', 'manager'), 'same_step')
  assert.equal(moveHint(active('request'), 'payment', 'manager'), 'invalid_transition', 'no skipping')
  assert.equal(
    moveHint(active('implementation'), 'payment', 'manager'),
    'invalid_transition',
    'no going back',
  )
  assert.equal(moveHint(active('warranty'), 'request', 'manager'), 'invalid_transition')
  assert.equal(
    moveHint(active('agreement'), 'payment', 'manager'),
    'not_client_approver',
    'the client accepts a quote',
  )
  assert.equal(
    moveHint(active('agreement'), 'payment', 'member'),
    'not_client_approver',
    'a member is no approver',
  )
  assert.equal(moveHint(active('request'), 'agreement', 'approver'), 'not_provider_actor')
  assert.equal(
    moveHint(active('request'), 'agreement', null),
    'not_provider_actor',
    'an unassigned account manager',
  )
})

test('a move the viewer may make is refused only while the engagement is not active', () => {
  assert.equal(moveHint(active('request'), 'agreement', 'account_manager'), null)
  assert.equal(moveHint(active('acceptance'), 'implementation', 'approver'), null)
  assert.equal(moveHint(active('acceptance'), 'warranty', 'approver'), null)
  assert.equal(
    moveHint({ step: 'request', state: 'on_hold' }, 'agreement', 'manager'),
    'engagement_not_active',
  )
  assert.equal(
    moveHint({ step: 'request', state: 'closed' }, 'request', 'manager'),
    'same_step',
    'same step first',
  )
})
