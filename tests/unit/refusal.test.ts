import assert from 'node:assert/strict'
import { before, test } from 'node:test'

import {
  describeRefusal,
  isStaleView,
  paymentLabel,
  readRefusal,
  refusalSentence,
} from '../../src/lib/workflow/index.ts'
import { inLanguage } from './support/i18n.ts'

/** A refusal as PostgREST returns it: the stable code in `message`, JSON in `details`. */
const refused = (code: string, details: Record<string, unknown> = {}) => ({
  code: 'P0001',
  message: code,
  details: JSON.stringify(details),
  hint: null,
})

before(() => inLanguage('en'))

test('a refusal reads its code and who must act from the database error', () => {
  assert.deepEqual(
    readRefusal(refused('payments_not_confirmed', { waiting_on: 'client', step: 'payment' })),
    {
      code: 'payments_not_confirmed',
      waitingOn: 'client',
      details: { waiting_on: 'client', step: 'payment' },
    },
  )
  assert.equal(readRefusal(refused('same_step', { waiting_on: 'everyone' }))?.waitingOn, 'none')
  assert.equal(readRefusal({ ...refused('x'), details: 'not json {' })?.waitingOn, 'none')
})

test('only a raised refusal (P0001 with a code) is one; other errors are not', () => {
  assert.equal(readRefusal({ code: '23505', message: 'duplicate key' }), null)
  assert.equal(readRefusal({ code: 'P0001', message: 'Something Went Wrong' }), null)
  assert.equal(readRefusal(new TypeError('Failed to fetch')), null)
  assert.equal(readRefusal(null), null)
})

test('the sentence for who must act wins over the step’s, which wins over the code’s own', () => {
  const byParty = describeRefusal(
    refused('payments_not_confirmed', { waiting_on: 'client', step: 'payment' }),
  )
  assert.equal(byParty.message, 'Waiting for the client to pay what is due before work starts.')
  assert.equal(byParty.waitingOnMessage, 'Waiting for the client.')
  const byStep = describeRefusal(refused('not_client_approver', { step: 'agreement' }))
  assert.equal(byStep.message, "Waiting for the client's approver to accept the quote.")
  assert.equal(byStep.waitingOnMessage, '', 'nobody named, nobody said')
  const plain = describeRefusal(refused('not_client_approver', { step: 'payment' }))
  assert.equal(plain.message, "Waiting for the client's approver: only they can take this step.")
})

test('the steps and state named in the details are put into words', () => {
  const skip = describeRefusal(refused('invalid_transition', { step: 'request', next_step: 'agreement' }))
  assert.equal(
    skip.message,
    'Steps cannot be skipped: from “Request intake” the only next step is “Package & agreement”.',
  )
  const last = refusalSentence('invalid_transition', { step: 'warranty', next_step: null })
  assert.equal(
    last,
    'There is no step after “Warranty & support”; a manager closes the engagement when the warranty ends.',
  )
  assert.equal(
    refusalSentence('engagement_not_active', { state: 'on_hold' }),
    'The engagement is on hold: a manager must reactivate it before it can move.',
  )
})

test('a page may say a code its own way; elsewhere the general sentence stands', () => {
  const error = refused('not_manager')
  assert.equal(
    describeRefusal(error, 'warrantyQueue').message,
    'Only a manager or an admin can see the warranty queue.',
  )
  assert.equal(
    describeRefusal(error, 'oversight').message,
    'Only a manager or an admin can see the oversight figures.',
  )
  assert.equal(describeRefusal(error).message, 'Only a manager or an admin can do this.')
})

test('an unknown code names itself; a failed request says so; both languages', async () => {
  assert.equal(
    describeRefusal(refused('brand_new_rule')).message,
    'The system refused this action (brand_new_rule).',
  )
  assert.equal(describeRefusal({ code: '42501', message: 'permission denied' }).code, '42501')
  const offline = describeRefusal(new TypeError('Failed to fetch'))
  assert.equal(offline.code, 'network')
  await inLanguage('vi')
  try {
    assert.equal(
      describeRefusal(refused('not_manager')).message,
      'Chỉ quản lý hoặc quản trị viên mới làm được việc này.',
    )
    assert.equal(
      describeRefusal(refused('same_step', { waiting_on: 'client' })).waitingOnMessage,
      'Đang chờ khách hàng.',
    )
  } finally {
    await inLanguage('en')
  }
})

test('terms that changed under the reader are a stale view; other refusals are not', () => {
  assert.equal(isStaleView(refused('quote_conflict')), true)
  assert.equal(isStaleView(refused('change_request_conflict')), true)
  assert.equal(isStaleView(refused('reason_required')), false)
  assert.equal(isStaleView(new Error('version_conflict')), false)
})

test('payment labels the database chose are shown in the reader’s language; people’s own stay', async () => {
  assert.equal(
    paymentLabel({ label: 'Thanh toán toàn bộ', kind: 'installment', label_code: 'full_payment' }),
    'Full payment',
  )
  assert.equal(
    paymentLabel({ label: 'Thêm trang tin tức', kind: 'change_request' }),
    'Change: Thêm trang tin tức',
  )
  assert.equal(paymentLabel({ label: 'Đặt cọc 50%', kind: 'installment', label_code: null }), 'Đặt cọc 50%')
  await inLanguage('vi')
  try {
    assert.equal(
      paymentLabel({ label: 'Thêm trang tin tức', kind: 'change_request' }),
      'Thay đổi: Thêm trang tin tức',
    )
  } finally {
    await inLanguage('en')
  }
})
