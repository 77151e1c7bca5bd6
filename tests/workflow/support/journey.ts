import assert from 'node:assert/strict'
import { persona, serviceRole, type Persona } from '../../support/personas.ts'
import type { Row } from './world.ts'

/** Ids the seed fixes (docs/database.md). */
export const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
export const SAO_BIEN = 'c0000000-0000-4000-8000-000000000002'
/** Landing Page: 15.000.000 ₫, 6 months of warranty. */
export const LANDING_PAGE = {
  id: 'b0000000-0000-4000-8000-000000000001',
  priceVnd: 15_000_000,
  warrantyMonths: 6,
}

export const STEPS = [
  'request',
  'agreement',
  'payment',
  'implementation',
  'completion',
  'acceptance',
  'warranty',
] as const
export type Step = (typeof STEPS)[number]
export const nextStep = (step: Step): Step | undefined => STEPS[STEPS.indexOf(step) + 1]

export interface RpcOutcome {
  data: unknown
  /** The refusal's stable code (PostgREST `message`), or the SQLSTATE when the call never ran. */
  code: string | null
  detail: Record<string, unknown> | null
}

export async function call(who: Persona, fn: string, args: Record<string, unknown>): Promise<RpcOutcome> {
  const { data, error } = await who.client.rpc(fn, args)
  if (!error) return { data, code: null, detail: null }
  const refusal = error.code === 'P0001'
  let detail: Record<string, unknown> | null = null
  try {
    detail = error.details ? (JSON.parse(error.details) as Record<string, unknown>) : null
  } catch {
    detail = null
  }
  return { data: null, code: refusal ? error.message : error.code, detail }
}

/** Calls a workflow function that must succeed and returns its row. */
export async function act(who: Persona, fn: string, args: Record<string, unknown>): Promise<Row> {
  const outcome = await call(who, fn, args)
  assert.equal(
    outcome.code,
    null,
    `${who.name} ${fn}: refused with ${String(outcome.code)} ${JSON.stringify(outcome.detail)}`,
  )
  return outcome.data as Row
}

export async function engagement(id: string): Promise<Row> {
  const { data, error } = await serviceRole().from('engagements').select('*').eq('id', id).single()
  assert.equal(error, null)
  return data as Row
}

export async function rowsOf(table: string, engagementId: string, columns = '*'): Promise<Row[]> {
  const { data, error } = await serviceRole()
    .from(table)
    .select(columns)
    .eq('engagement_id', engagementId)
    .order('created_at')
  assert.equal(error, null)
  return (data ?? []) as unknown as Row[]
}

/**
 * The arguments of a move made on what the caller sees now: the engagement's version and, for the
 * move to payment, the sent quote it accepts (id and version).
 */
export async function transitionArgs(
  id: string,
  toStep: string,
  note?: string,
): Promise<Record<string, unknown>> {
  const current = await engagement(id)
  const args: Record<string, unknown> = {
    engagement_id: id,
    to_step: toStep,
    expected_version: current.version,
    note: note ?? null,
  }
  if (toStep !== 'payment') return args
  const sent = (await rowsOf('quotes', id)).find((row) => row.status === 'sent')
  return sent ? { ...args, quote_id: sent.id, quote_version: sent.version } : args
}

export async function move(who: Persona, id: string, toStep: Step, note?: string): Promise<Row> {
  return act(who, 'transition_engagement', await transitionArgs(id, toStep, note))
}

/**
 * A new Phương Đông engagement brought to `step` through the workflow functions, each act by the
 * persona the spec gives it (Lan the AM, An the approver, Bình the member).
 */
export async function engagementAt(step: Step, title = `Kiểm thử bước ${step}`): Promise<Row> {
  const [lan, an, binh] = await Promise.all([persona('lan'), persona('an'), persona('binh')])
  const created = await act(lan, 'create_engagement', { client_id: PHUONG_DONG, title })
  const id = String(created.id)
  const reached = (target: Step) => target === step
  if (reached('request')) return engagement(id)

  await move(lan, id, 'agreement')
  await act(lan, 'send_quote', {
    engagement_id: id,
    package_id: LANDING_PAGE.id,
    price_vnd: LANDING_PAGE.priceVnd,
    scope: 'Trang giới thiệu sản phẩm, tối ưu cho điện thoại.',
    milestones: [
      { title: 'Thiết kế giao diện', responsible: 'provider' },
      { title: 'Khách hàng cung cấp nội dung', responsible: 'client' },
      { title: 'Lập trình và kiểm thử', responsible: 'provider', due_date: '2027-03-31' },
    ],
    payment_schedule: [
      { label: 'Đặt cọc 50%', amount_vnd: 7_500_000, due_before_start: true },
      { label: 'Còn lại khi nghiệm thu', amount_vnd: 7_500_000, due_before_start: false },
    ],
  })
  if (reached('agreement')) return engagement(id)

  await move(an, id, 'payment')
  for (const payment of await rowsOf('payments', id)) {
    if (payment.due_before_start !== true) continue
    await act(binh, 'submit_payment_proof', {
      payment_id: payment.id,
      note: 'Đã chuyển khoản qua Vietcombank.',
    })
    await act(lan, 'confirm_payment', { payment_id: payment.id })
  }
  if (reached('payment')) return engagement(id)

  await move(lan, id, 'implementation')
  for (const milestone of await rowsOf('milestones', id)) {
    if (milestone.responsible === 'provider')
      await act(lan, 'mark_milestone_done', { milestone_id: milestone.id })
  }
  if (reached('implementation')) return engagement(id)

  await move(lan, id, 'completion')
  await act(lan, 'register_document_upload', {
    engagement_id: id,
    name: 'bien-ban-ban-giao.pdf',
    visibility: 'shared',
    mime_type: 'application/pdf',
    size_bytes: 2048,
    is_deliverable: true,
  })
  await act(lan, 'complete_licence_register', { engagement_id: id })
  if (reached('completion')) return engagement(id)

  await move(lan, id, 'acceptance')
  if (reached('acceptance')) return engagement(id)

  await move(an, id, 'warranty')
  return engagement(id)
}

/** What a refused act must leave untouched. */
export async function footprint(id: string): Promise<Row> {
  const row = await engagement(id)
  const { count } = await serviceRole()
    .from('engagement_events')
    .select('id', { count: 'exact', head: true })
    .eq('engagement_id', id)
  return {
    step: row.step,
    state: row.state,
    version: row.version,
    updated_at: row.updated_at,
    package_id: row.package_id,
    warranty_ends_at: row.warranty_ends_at,
    events: count,
  }
}
