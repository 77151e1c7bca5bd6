import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { persona, type DemoName } from '../support/personas.ts'
import {
  LANDING_PAGE,
  PHUONG_DONG,
  act,
  call,
  engagement,
  engagementAt,
  footprint,
  move,
  rowsOf,
} from './support/journey.ts'
import type { Row } from './support/world.ts'

// The workflow functions besides step moves: for each, the personas the policy (docs/policy.md) allows succeed and
// the others are refused with a stable code, leaving the engagement and its records unchanged.
async function snapshot(id: string, table: string): Promise<Row> {
  return { ...(await footprint(id)), [table]: await rowsOf(table, id) }
}

async function assertRefused(
  name: DemoName,
  fn: string,
  args: Record<string, unknown>,
  code: string,
  id: string,
  table: string,
) {
  const before = await snapshot(id, table)
  const outcome = await call(await persona(name), fn, args)
  assert.equal(outcome.code, code, `${name} ${fn}`)
  assert.deepEqual(await snapshot(id, table), before, `${name} ${fn} changed something`)
}

const quote = (id: string, price = LANDING_PAGE.priceVnd) => ({
  engagement_id: id,
  package_id: LANDING_PAGE.id,
  price_vnd: price,
  scope: 'Trang giới thiệu.',
  milestones: [{ title: 'Thiết kế' }],
})

describe('engagements: create, assign the account manager, change state', () => {
  test('a client user opens one for their own client only; a fresh account for none', async () => {
    const created = await act(await persona('binh'), 'create_engagement', {
      client_id: PHUONG_DONG,
      title: 'Yêu cầu mới từ Bình',
    })
    assert.equal(created.step, 'request')
    const refused = await call(await persona('chi'), 'create_engagement', {
      client_id: PHUONG_DONG,
      title: 'Sai khách hàng',
    })
    assert.equal(refused.code, 'not_client_member')
  })

  test('only a manager assigns the account manager', async () => {
    const id = String((await engagementAt('request')).id)
    const minh = await persona('minh')
    await assertRefused(
      'lan',
      'assign_account_manager',
      { engagement_id: id, account_manager_id: minh.userId },
      'not_manager',
      id,
      'engagement_events',
    )
    await assertRefused(
      'an',
      'assign_account_manager',
      { engagement_id: id, account_manager_id: minh.userId },
      'not_manager',
      id,
      'engagement_events',
    )
    const assigned = await act(await persona('manager'), 'assign_account_manager', {
      engagement_id: id,
      account_manager_id: minh.userId,
    })
    assert.equal(assigned.account_manager_id, minh.userId)
  })

  test('only a manager changes the state, and always with a reason', async () => {
    const id = String((await engagementAt('request')).id)
    await assertRefused(
      'lan',
      'change_engagement_state',
      { engagement_id: id, to_state: 'on_hold', reason: 'Tạm dừng' },
      'not_manager',
      id,
      'engagement_events',
    )
    await assertRefused(
      'an',
      'change_engagement_state',
      { engagement_id: id, to_state: 'cancelled', reason: 'Hủy' },
      'not_manager',
      id,
      'engagement_events',
    )
    await assertRefused(
      'manager',
      'change_engagement_state',
      { engagement_id: id, to_state: 'on_hold', reason: ' ' },
      'reason_required',
      id,
      'engagement_events',
    )
    assert.equal(
      (
        await act(await persona('admin'), 'change_engagement_state', {
          engagement_id: id,
          to_state: 'on_hold',
          reason: 'Chờ ngân sách',
        })
      ).state,
      'on_hold',
    )
  })

  test('a warranty engagement is closed only after its warranty period', async () => {
    const id = String((await engagementAt('warranty')).id)
    await assertRefused(
      'manager',
      'change_engagement_state',
      { engagement_id: id, to_state: 'closed', reason: 'Đóng' },
      'warranty_not_ended',
      id,
      'engagement_events',
    )
  })
})

describe('quotes', () => {
  test('the assigned AM or a manager sends one; the client and the other AM cannot', async () => {
    const id = String((await engagementAt('agreement')).id)
    await assertRefused('an', 'send_quote', quote(id), 'not_provider_actor', id, 'quotes')
    await assertRefused('minh', 'send_quote', quote(id), 'engagement_not_found', id, 'quotes')
    const sent = await act(await persona('manager'), 'send_quote', quote(id, 14_000_000))
    assert.equal(sent.status, 'sent')
  })

  test('only the approver declines, with a reason', async () => {
    const id = String((await engagementAt('agreement')).id)
    const [sent] = (await rowsOf('quotes', id)).filter((row) => row.status === 'sent') as [Row]
    await assertRefused(
      'binh',
      'decline_quote',
      { quote_id: sent.id, reason: 'Giá cao' },
      'not_client_approver',
      id,
      'quotes',
    )
    await assertRefused(
      'lan',
      'decline_quote',
      { quote_id: sent.id, reason: 'Giá cao' },
      'not_client_approver',
      id,
      'quotes',
    )
    await assertRefused(
      'an',
      'decline_quote',
      { quote_id: sent.id, reason: '' },
      'reason_required',
      id,
      'quotes',
    )
    assert.equal(
      (await act(await persona('an'), 'decline_quote', { quote_id: sent.id, reason: 'Giá cao hơn dự kiến' }))
        .status,
      'declined',
    )
  })
})

describe('payments', () => {
  test('a client user submits proof, the AM or a manager confirms; not the other way round', async () => {
    const id = String((await engagementAt('agreement')).id)
    await move(await persona('an'), id, 'payment')
    const deposit = (await rowsOf('payments', id)).find((row) => row.due_before_start === true)!
    const proof = { payment_id: deposit.id, note: 'Ủy nhiệm chi số 123' }
    await assertRefused('lan', 'submit_payment_proof', proof, 'not_client_member', id, 'payments')
    await assertRefused('chi', 'submit_payment_proof', proof, 'engagement_not_found', id, 'payments')
    await act(await persona('binh'), 'submit_payment_proof', proof)
    await assertRefused(
      'binh',
      'confirm_payment',
      { payment_id: deposit.id },
      'not_provider_actor',
      id,
      'payments',
    )
    await assertRefused(
      'minh',
      'confirm_payment',
      { payment_id: deposit.id },
      'engagement_not_found',
      id,
      'payments',
    )
    assert.equal(
      (await act(await persona('lan'), 'confirm_payment', { payment_id: deposit.id })).status,
      'confirmed',
    )
  })
})

describe('change requests', () => {
  test('client submits in writing, provider quotes, approver approves into an extra payment', async () => {
    const id = String((await engagementAt('implementation')).id)
    const written = {
      engagement_id: id,
      title: 'Thêm trang tuyển dụng',
      description: 'Thêm một trang tuyển dụng có biểu mẫu.',
    }
    await assertRefused('lan', 'submit_change_request', written, 'not_client_member', id, 'change_requests')
    await assertRefused(
      'chi',
      'submit_change_request',
      written,
      'engagement_not_found',
      id,
      'change_requests',
    )
    await assertRefused(
      'binh',
      'submit_change_request',
      { ...written, description: '  ' },
      'description_required',
      id,
      'change_requests',
    )
    const change = await act(await persona('binh'), 'submit_change_request', written)
    const priced = { change_request_id: change.id, extra_price_vnd: 3_000_000, extra_days: 4 }
    await assertRefused('binh', 'quote_change_request', priced, 'not_provider_actor', id, 'change_requests')
    await assertRefused('minh', 'quote_change_request', priced, 'engagement_not_found', id, 'change_requests')
    const quoted = await act(await persona('lan'), 'quote_change_request', priced)
    const decision = {
      change_request_id: change.id,
      extra_price_vnd: quoted.extra_price_vnd,
      change_request_version: quoted.version,
    }
    await assertRefused(
      'binh',
      'approve_change_request',
      decision,
      'not_client_approver',
      id,
      'change_requests',
    )
    await assertRefused(
      'lan',
      'approve_change_request',
      decision,
      'not_client_approver',
      id,
      'change_requests',
    )
    const approved = await act(await persona('an'), 'approve_change_request', decision)
    assert.equal(approved.status, 'approved')
    const extra = (await rowsOf('payments', id)).filter((row) => row.kind === 'change_request')
    assert.deepEqual(
      extra.map((row) => [Number(row.amount_vnd), row.status, row.id]),
      [[3_000_000, 'due', approved.payment_id]],
    )
  })
})

describe('warranty claims', () => {
  test('a client user opens one in an unexpired warranty; a manager triages; the AM cannot', async () => {
    const id = String((await engagementAt('warranty')).id)
    const report = {
      engagement_id: id,
      title: 'Biểu mẫu lỗi',
      description: 'Biểu mẫu liên hệ không gửi được.',
    }
    await assertRefused('lan', 'open_warranty_claim', report, 'not_client_member', id, 'warranty_claims')
    await assertRefused('chi', 'open_warranty_claim', report, 'engagement_not_found', id, 'warranty_claims')
    const claim = await act(await persona('binh'), 'open_warranty_claim', report)
    const triage = { claim_id: claim.id, coverage: 'in_warranty', priority: 'high' }
    await assertRefused('lan', 'triage_warranty_claim', triage, 'not_manager', id, 'warranty_claims')
    await assertRefused('an', 'triage_warranty_claim', triage, 'not_manager', id, 'warranty_claims')
    const triaged = await act(await persona('manager'), 'triage_warranty_claim', triage)
    assert.equal(triaged.status, 'in_progress')
    const hours =
      (Date.parse(String(triaged.response_due_at)) - Date.parse(String(triaged.opened_at))) / 3_600_000
    assert.equal(Math.round(hours), 8)
  })

  test('no claim outside the warranty step, nor after the warranty has ended', async () => {
    const implementation = String((await engagementAt('implementation')).id)
    const report = { title: 'Lỗi', description: 'Trang chủ lỗi.' }
    await assertRefused(
      'binh',
      'open_warranty_claim',
      { ...report, engagement_id: implementation },
      'wrong_step',
      implementation,
      'warranty_claims',
    )
    const expired = 'e0000000-0000-4000-8000-000000000111'
    assert.ok(new Date(String((await engagement(expired)).warranty_ends_at)) < new Date())
    await assertRefused(
      'an',
      'open_warranty_claim',
      { ...report, engagement_id: expired },
      'warranty_expired',
      expired,
      'warranty_claims',
    )
  })
})

describe('documents', () => {
  test('client users register confidential or shared uploads, never internal; outsiders nothing', async () => {
    const id = String((await engagementAt('implementation')).id)
    const upload = {
      engagement_id: id,
      name: 'giay-phep-kinh-doanh.pdf',
      mime_type: 'application/pdf',
      size_bytes: 1000,
    }
    await assertRefused(
      'binh',
      'register_document_upload',
      { ...upload, visibility: 'internal' },
      'visibility_not_allowed',
      id,
      'documents',
    )
    await assertRefused(
      'minh',
      'register_document_upload',
      { ...upload, visibility: 'confidential' },
      'engagement_not_found',
      id,
      'documents',
    )
    await assertRefused(
      'chi',
      'register_document_upload',
      { ...upload, visibility: 'shared' },
      'engagement_not_found',
      id,
      'documents',
    )
    const document = await act(await persona('binh'), 'register_document_upload', {
      ...upload,
      visibility: 'confidential',
    })
    assert.equal(document.storage_path, `${id}/${String(document.id)}/giay-phep-kinh-doanh.pdf`)
    const log = await rowsOf('document_access_log', id)
    assert.deepEqual(
      log.map((row) => [row.document_id, row.action]),
      [[document.id, 'upload']],
    )
  })

  test('uploads have a type allowlist and a size limit', async () => {
    const id = String((await engagementAt('request')).id)
    const upload = {
      engagement_id: id,
      name: 'a.exe',
      visibility: 'confidential',
      mime_type: 'application/x-msdownload',
      size_bytes: 10,
    }
    await assertRefused('binh', 'register_document_upload', upload, 'file_type_not_allowed', id, 'documents')
    await assertRefused(
      'binh',
      'register_document_upload',
      { ...upload, name: 'a.pdf', mime_type: 'application/pdf', size_bytes: 30_000_000 },
      'file_too_large',
      id,
      'documents',
    )
  })
})
