// The facts each document states, read with the service key once the caller has shown, through
// RLS, that they may see the quote, payment or acceptance it is about.
import type { SupabaseClient } from 'npm:@supabase/supabase-js@2'
import type {
  Installment,
  Milestone,
  MinutesFacts,
  Party,
  Provider,
  QuoteFacts,
  ReceiptFacts,
} from './types.ts'

/** How long a sent quote stands (the document's own wording). */
const QUOTE_VALIDITY_DAYS = 30

type Row = Record<string, unknown>

function must<T>(result: { data: T | null; error: { message: string } | null }): T {
  if (result.error || result.data === null) throw new Error(result.error?.message ?? 'not found')
  return result.data
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

async function provider(service: SupabaseClient): Promise<{ provider: Provider; vatRatePercent: number }> {
  const row = must<Row>(await service.from('company_settings').select('*').single())
  return {
    provider: {
      name: text(row.legal_name),
      taxCode: text(row.tax_code),
      address: text(row.address),
      phone: text(row.phone),
      email: text(row.email),
      bankName: text(row.bank_name),
      bankAccountNumber: text(row.bank_account_number),
      bankAccountName: text(row.bank_account_name),
    },
    vatRatePercent: Number(row.vat_rate_percent),
  }
}

async function engagementOf(service: SupabaseClient, engagementId: string) {
  const engagement = must<Row>(
    await service
      .from('engagements')
      .select(
        '*, clients(*), staff!engagements_account_manager_id_fkey(full_name), service_packages!engagements_package_id_fkey(name, warranty_months)',
      )
      .eq('id', engagementId)
      .single(),
  )
  const client = (engagement.clients ?? {}) as Row
  const party: Party = {
    name: text(client.name),
    taxCode: text(client.tax_code),
    address: text(client.address),
    phone: text(client.contact_phone),
    email: text(client.contact_email),
  }
  return {
    row: engagement,
    client: party,
    clientId: text(client.id),
    code: text(engagement.code),
    title: text(engagement.title),
    accountManager: text((engagement.staff as Row | null)?.full_name),
    packageName: text((engagement.service_packages as Row | null)?.name),
    warrantyMonths: Number((engagement.service_packages as Row | null)?.warranty_months ?? 0),
  }
}

async function approverName(service: SupabaseClient, clientId: string, userId: unknown): Promise<string> {
  if (typeof userId !== 'string') return ''
  const member = await service
    .from('client_members')
    .select('full_name')
    .eq('client_id', clientId)
    .eq('user_id', userId)
    .maybeSingle()
  return text(member.data?.full_name)
}

/** The sequence number of a row among its engagement's rows of the same table, by creation. */
async function sequenceOf(service: SupabaseClient, table: string, engagementId: string, createdAt: string) {
  const earlier = await service
    .from(table)
    .select('id', { count: 'exact', head: true })
    .eq('engagement_id', engagementId)
    .lte('created_at', createdAt)
  return earlier.count ?? 1
}

export async function quoteFacts(
  service: SupabaseClient,
  quoteId: string,
): Promise<{ facts: QuoteFacts; quote: Row }> {
  const quote = must<Row>(
    await service
      .from('quotes')
      .select('*, service_packages(name, warranty_months)')
      .eq('id', quoteId)
      .single(),
  )
  const engagement = await engagementOf(service, text(quote.engagement_id))
  const { provider: company, vatRatePercent } = await provider(service)
  const approver = await service
    .from('client_members')
    .select('full_name')
    .eq('client_id', engagement.clientId)
    .eq('role', 'approver')
    .limit(1)
    .maybeSingle()
  const issuedAt = text(quote.sent_at) || text(quote.created_at)
  const sequence = await sequenceOf(service, 'quotes', text(quote.engagement_id), text(quote.created_at))
  const pkg = (quote.service_packages ?? {}) as Row
  const facts: QuoteFacts = {
    number: `BG-${engagement.code}-${String(sequence).padStart(2, '0')}`,
    issuedAt,
    validUntil: new Date(new Date(issuedAt).getTime() + QUOTE_VALIDITY_DAYS * 86_400_000).toISOString(),
    provider: company,
    client: engagement.client,
    engagement: { code: engagement.code, title: engagement.title },
    packageName: text(pkg.name),
    warrantyMonths: Number(pkg.warranty_months ?? 0),
    scope: text(quote.scope),
    milestones: ((quote.milestones as Row[]) ?? []).map((item): Milestone => ({
      title: text(item.title),
      responsible: item.responsible === 'client' ? 'client' : 'provider',
      dueDate: typeof item.due_date === 'string' ? item.due_date : null,
    })),
    installments: ((quote.payment_schedule as Row[]) ?? []).map((item): Installment => ({
      label: text(item.label),
      amountVnd: Number(item.amount_vnd),
      dueBeforeStart: item.due_before_start === true,
      dueDate: typeof item.due_date === 'string' ? item.due_date : null,
    })),
    priceVnd: Number(quote.price_vnd),
    vatRatePercent,
    accountManager: engagement.accountManager,
    clientSignatory: text(approver.data?.full_name),
  }
  return { facts, quote }
}

export async function receiptFacts(service: SupabaseClient, paymentId: string): Promise<ReceiptFacts> {
  const payment = must<Row>(await service.from('payments').select('*').eq('id', paymentId).single())
  const engagement = await engagementOf(service, text(payment.engagement_id))
  const { provider: company } = await provider(service)
  const confirmer = await service
    .from('staff')
    .select('full_name')
    .eq('user_id', text(payment.confirmed_by))
    .maybeSingle()
  const reference = text(payment.transfer_reference)
  return {
    number: `TT-${reference.replace(' ', '-')}`,
    provider: company,
    client: engagement.client,
    engagement: { code: engagement.code, title: engagement.title },
    label: text(payment.label),
    amountVnd: Number(payment.amount_vnd),
    transferReference: reference,
    submittedAt: text(payment.submitted_at) || null,
    confirmedAt: text(payment.confirmed_at),
    confirmedBy: text(confirmer.data?.full_name),
  }
}

export async function minutesFacts(
  service: SupabaseClient,
  acceptanceId: string,
): Promise<{ facts: MinutesFacts; engagementId: string }> {
  const acceptance = must<Row>(await service.from('acceptances').select('*').eq('id', acceptanceId).single())
  const engagementId = text(acceptance.engagement_id)
  const engagement = await engagementOf(service, engagementId)
  const { provider: company } = await provider(service)
  const [deliverables, milestones, payments, handoverItems, licences, register] = await Promise.all([
    service
      .from('documents')
      .select('name, created_at')
      .eq('engagement_id', engagementId)
      .eq('is_deliverable', true)
      .eq('visibility', 'shared')
      .is('deleted_at', null)
      .order('created_at'),
    service
      .from('milestones')
      .select('title, responsible, due_date, done_at')
      .eq('engagement_id', engagementId)
      .order('position'),
    service.from('payments').select('amount_vnd, status').eq('engagement_id', engagementId),
    service
      .from('handover_items')
      .select('kind, title, done_at, received_at')
      .eq('engagement_id', engagementId)
      .order('created_at'),
    service
      .from('licence_assets')
      .select('name, licence, holder, expires_on')
      .eq('engagement_id', engagementId)
      .order('created_at'),
    service.from('licence_registers').select('completed_at').eq('engagement_id', engagementId).maybeSingle(),
  ])
  const paymentRows = (payments.data ?? []) as Row[]
  const sum = (rows: Row[]) => rows.reduce((total, row) => total + Number(row.amount_vnd), 0)
  const paidVnd = sum(paymentRows.filter((row) => row.status === 'confirmed'))
  const sequence = await sequenceOf(service, 'acceptances', engagementId, text(acceptance.created_at))
  const facts: MinutesFacts = {
    number: `NT-${engagement.code}-${String(sequence).padStart(2, '0')}`,
    provider: company,
    client: engagement.client,
    engagement: { code: engagement.code, title: engagement.title },
    packageName: engagement.packageName,
    deliverables: ((deliverables.data ?? []) as Row[]).map((row) => ({
      name: text(row.name),
      uploadedAt: text(row.created_at),
    })),
    milestones: ((milestones.data ?? []) as Row[]).map((row) => ({
      title: text(row.title),
      responsible: row.responsible === 'client' ? 'client' : 'provider',
      dueDate: text(row.due_date) || null,
      doneAt: text(row.done_at) || null,
    })),
    handoverItems: ((handoverItems.data ?? []) as Row[]).map((row) => ({
      kind: text(row.kind),
      title: text(row.title),
      doneAt: text(row.done_at) || null,
      receivedAt: text(row.received_at) || null,
    })),
    licences: ((licences.data ?? []) as Row[]).map((row) => ({
      name: text(row.name),
      licence: text(row.licence),
      holder: row.holder === 'provider' ? 'provider' : 'client',
      expiresOn: text(row.expires_on) || null,
    })),
    licenceRegisterCompletedAt: text((register.data as Row | null)?.completed_at) || null,
    agreedPriceVnd: Number(engagement.row.agreed_price_vnd ?? 0),
    paidVnd,
    dueVnd: sum(paymentRows) - paidVnd,
    warrantyStartsAt: text(engagement.row.warranty_starts_at) || null,
    warrantyEndsAt: text(engagement.row.warranty_ends_at) || null,
    warrantyMonths: engagement.warrantyMonths,
    accountManager: engagement.accountManager,
    acceptance: {
      approverName: await approverName(service, engagement.clientId, acceptance.decided_by),
      decidedAt: text(acceptance.decided_at),
      userAgent: text(acceptance.decided_user_agent) || null,
      from: text(acceptance.decided_from) || null,
      note: text(acceptance.note) || null,
    },
  }
  return { facts, engagementId }
}
