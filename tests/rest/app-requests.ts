import { PostgrestClient } from '@supabase/postgrest-js'
import { ANON_KEY, JWT_SECRET } from '../../supabase/local/config.ts'
import { signJwt } from '../../supabase/local/http/jwt.ts'
import type { DemoName } from '../support/personas.ts'
import { REST_URL } from '../support/rest-client.ts'

/** The demo users' ids in supabase/seed.sql. */
export const DEMO_IDS: Record<DemoName, string> = {
  admin: 'a0000000-0000-4000-8000-000000000001',
  manager: 'a0000000-0000-4000-8000-000000000002',
  lan: 'a0000000-0000-4000-8000-000000000003',
  minh: 'a0000000-0000-4000-8000-000000000004',
  an: 'a0000000-0000-4000-8000-000000000005',
  binh: 'a0000000-0000-4000-8000-000000000006',
  chi: 'a0000000-0000-4000-8000-000000000007',
}

/** Seeded rows of Phương Đông (Lan's client, An approves): one engagement in implementation, one in warranty. */
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const SAO_BIEN = 'c0000000-0000-4000-8000-000000000002'
const IMPLEMENTATION = 'e0000000-0000-4000-8000-000000000104'
const WARRANTY = 'e0000000-0000-4000-8000-000000000107'
const CLAIM_IN_PROGRESS = 'd8010000-0000-4000-8000-000000000107'
/** No row has this id: a workflow act on it is refused before anything is written. */
const NO_ROW = '00000000-0000-4000-8000-00000000dead'
/** No engagement is at this version: a versioned act is refused as stale. */
const STALE = -1

/** What a request sends back, as postgrest-js hands it to the app. */
export type AppResponse = {
  data: unknown
  error: { code: string; message: string } | null
  status: number
  count: number | null
}

/** How the answer must look on every target. */
export type Expectation =
  | {
      rows: 'list'
      min: number
      from?: number
      counted?: boolean
      every?: (row: Record<string, unknown>) => boolean
    }
  | { rows: 'one' }
  | { rows: 'none' }
  | { refused: string; code?: string; status?: number }

export interface AppRequest {
  /** The file under src/ whose code builds this request. */
  source: string
  persona: DemoName
  /** The relation read (`.from`) or the function called (`.rpc`), as the app names it. */
  target: { from: string } | { rpc: string }
  build: (db: PostgrestClient) => PromiseLike<AppResponse>
  expect: Expectation
}

/** postgrest-js as supabase-js configures it for a signed-in persona; `onResponse` sees the raw answer. */
export function appClient(persona: DemoName, onResponse: (response: Response) => void): PostgrestClient {
  const now = Math.floor(Date.now() / 1000)
  const token = signJwt(
    { sub: DEMO_IDS[persona], role: 'authenticated', aud: 'authenticated', iat: now, exp: now + 3600 },
    JWT_SECRET,
  )
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init)
    onResponse(response.clone())
    return response
  }
  return new PostgrestClient(REST_URL, {
    headers: { apikey: ANON_KEY, Authorization: `Bearer ${token}` },
    fetch: recording,
  })
}

const ENGAGEMENT_COLUMNS =
  'id, code, title, step, state, version, client_id, client_name, account_manager_name, agreed_price_vnd, warranty_starts_at, warranty_ends_at, whose_move, whose_move_reason, whose_move_since, provider_waiting_seconds, client_waiting_seconds, created_at, updated_at'
const OPEN_STATES = ['active', 'on_hold']
const list = (
  min = 1,
  more: Omit<Extract<Expectation, { rows: 'list' }>, 'rows' | 'min'> = {},
): Expectation => ({ rows: 'list', min, ...more })
const refused = (code: string): Expectation => ({ refused: code })
const statusIn = (statuses: string[]) => (row: Record<string, unknown>) =>
  statuses.includes(String(row.status))

const board: AppRequest[] = [
  {
    source: 'src/features/board/api/get-board.ts',
    persona: 'lan',
    target: { rpc: 'board_cards' },
    build: (db) => db.rpc('board_cards', { states: OPEN_STATES, page_size: 50 }),
    expect: list(1, { every: (row) => OPEN_STATES.includes(String(row.state)) }),
  },
  {
    source: 'src/features/board/api/get-board.ts',
    persona: 'manager',
    target: { rpc: 'board_cards' },
    build: (db) => db.rpc('board_cards', { states: OPEN_STATES, open_duty: 'P5', page_size: 50 }),
    // The seed's engagement with P5 open (TS-2026-0005) among others the suites may have made.
    expect: list(1, { every: (row) => OPEN_STATES.includes(String(row.state)) }),
  },
  {
    source: 'src/features/board/api/get-column-pages.ts',
    persona: 'lan',
    target: { rpc: 'board_cards' },
    build: (db) =>
      db.rpc('board_cards', {
        states: OPEN_STATES,
        client_id: PHUONG_DONG,
        step: 'implementation',
        after_step_entered_at: '2000-01-01T00:00:00Z',
        after_id: NO_ROW,
        page_size: 50,
      }),
    expect: list(1, { every: (row) => row.step === 'implementation' }),
  },
  ...(['manager', 'lan'] as const).map((persona): AppRequest => ({
    source: 'src/features/board/api/get-my-tasks.ts',
    persona,
    target: { rpc: 'my_tasks' },
    build: (db) =>
      db
        .rpc('my_tasks', { max_rows: 200 })
        .select(
          'engagement_id, kind, subject_id, actor, since, due_at, note, blocking, engagement_code, engagement_title, subject_title',
        ),
    expect: list(1, {
      every: (row) => row.actor === (persona === 'manager' ? 'manager' : 'account_manager'),
    }),
  })),
  {
    source: 'src/features/board/api/get-filter-options.ts',
    persona: 'manager',
    target: { rpc: 'board_filter_options' },
    build: (db) => db.rpc('board_filter_options', { states: OPEN_STATES }, { count: 'exact' }).range(0, 999),
    expect: list(1, { from: 0, counted: true }),
  },
  {
    source: 'src/features/board/api/move-engagement.ts',
    persona: 'lan',
    target: { rpc: 'transition_engagement' },
    build: (db) =>
      db.rpc('transition_engagement', {
        engagement_id: IMPLEMENTATION,
        to_step: 'completion',
        expected_version: STALE,
        note: 'x',
      }),
    expect: refused('version_conflict'),
  },
]

const warrantyQueue: AppRequest[] = [
  {
    source: 'src/features/warranty-queue/api/get-sla-windows.ts',
    persona: 'manager',
    target: { rpc: 'warranty_sla_windows' },
    build: (db) => db.rpc('warranty_sla_windows'),
    expect: list(4),
  },
  {
    source: 'src/features/warranty-queue/api/get-my-claims.ts',
    persona: 'lan',
    target: { from: 'warranty_claim_sla' },
    build: (db) =>
      db
        .from('warranty_claim_sla')
        .select('*')
        .eq('assigned_to', DEMO_IDS.lan)
        .in('status', ['open', 'in_progress', 'waiting_on_client'])
        .order('next_due_at'),
    expect: list(1, { every: statusIn(['open', 'in_progress', 'waiting_on_client']) }),
  },
  {
    source: 'src/features/warranty-queue/api/get-warranty-queue.ts',
    persona: 'manager',
    target: { rpc: 'warranty_queue' },
    build: (db) => db.rpc('warranty_queue', {}, { count: 'exact' }).range(0, 99),
    expect: list(1, { from: 0, counted: true }),
  },
  {
    source: 'src/features/warranty-queue/api/get-warranty-queue.ts',
    persona: 'manager',
    target: { rpc: 'warranty_queue' },
    build: (db) =>
      db
        .rpc(
          'warranty_queue',
          {
            status: 'in_progress',
            priority: 'high',
            coverage: 'in_warranty',
            assigned_to: DEMO_IDS.lan,
            client_id: PHUONG_DONG,
            breached_only: true,
          },
          { count: 'exact' },
        )
        .range(100, 199),
    // Past the last page: PostgREST refuses an offset beyond the count it was asked for.
    expect: { refused: 'Requested range not satisfiable', code: 'PGRST103', status: 416 },
  },
  {
    source: 'src/features/warranty-queue/api/get-assignee-suggestions.ts',
    persona: 'manager',
    target: { rpc: 'warranty_assignee_suggestions' },
    build: (db) => db.rpc('warranty_assignee_suggestions', { claim_ids: [CLAIM_IN_PROGRESS] }),
    expect: list(1),
  },
  {
    source: 'src/features/warranty-queue/api/get-filter-options.ts',
    persona: 'manager',
    target: { from: 'clients' },
    build: (db) =>
      db.from('clients').select('id, name', { count: 'exact' }).order('name').order('id').range(0, 999),
    expect: list(2, { from: 0, counted: true }),
  },
  {
    source: 'src/features/warranty-queue/api/get-filter-options.ts',
    persona: 'manager',
    target: { from: 'staff' },
    build: (db) =>
      db
        .from('staff')
        .select('user_id, full_name, role', { count: 'exact' })
        .eq('active', true)
        .order('full_name')
        .order('user_id')
        .range(0, 999),
    expect: list(4, { from: 0, counted: true }),
  },
  {
    source: 'src/features/warranty-queue/api/triage-claim.ts',
    persona: 'manager',
    target: { rpc: 'triage_warranty_claim' },
    build: (db) =>
      db.rpc('triage_warranty_claim', {
        claim_id: NO_ROW,
        coverage: 'in_warranty',
        priority: 'normal',
        assigned_to: DEMO_IDS.lan,
        note: 'x',
      }),
    expect: refused('engagement_not_found'),
  },
  {
    source: 'src/features/warranty-queue/api/assign-claims.ts',
    persona: 'manager',
    target: { rpc: 'assign_warranty_claims' },
    build: (db) => db.rpc('assign_warranty_claims', { claim_ids: [NO_ROW], assigned_to: DEMO_IDS.lan }),
    expect: refused('engagement_not_found'),
  },
  {
    source: 'src/features/warranty-queue/api/escalate-claim.ts',
    persona: 'manager',
    target: { rpc: 'escalate_warranty_claim' },
    build: (db) => db.rpc('escalate_warranty_claim', { claim_id: NO_ROW, reason: 'x' }),
    expect: refused('engagement_not_found'),
  },
  {
    source: 'src/features/warranty-queue/api/resolve-claim.ts',
    persona: 'lan',
    target: { rpc: 'resolve_warranty_claim' },
    build: (db) => db.rpc('resolve_warranty_claim', { claim_id: NO_ROW, resolution: 'x' }),
    expect: refused('engagement_not_found'),
  },
  {
    source: 'src/features/warranty-queue/api/ask-client.ts',
    persona: 'lan',
    target: { rpc: 'request_claim_information' },
    build: (db) => db.rpc('request_claim_information', { claim_id: NO_ROW, question: 'x' }),
    expect: refused('engagement_not_found'),
  },
]

const portal = (file: string) => `src/features/client-portal/api/${file}.ts`
const clientPortal: AppRequest[] = [
  {
    source: portal('get-engagements'),
    persona: 'an',
    target: { from: 'engagement_board' },
    build: (db) =>
      db
        .from('engagement_board')
        .select(ENGAGEMENT_COLUMNS, { count: 'exact' })
        .order('updated_at', { ascending: false })
        .order('id')
        .range(0, 999),
    expect: list(1, { from: 0, counted: true, every: (row) => row.client_id === PHUONG_DONG }),
  },
  {
    source: portal('get-engagement'),
    persona: 'an',
    target: { from: 'engagement_board' },
    build: (db) =>
      db
        .from('engagement_board')
        .select(`${ENGAGEMENT_COLUMNS}, package_id`)
        .eq('id', IMPLEMENTATION)
        .maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: portal('get-client'),
    persona: 'an',
    target: { from: 'clients' },
    build: (db) => db.from('clients').select('id, name').eq('id', PHUONG_DONG).maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: portal('get-client'),
    persona: 'an',
    target: { from: 'clients' },
    build: (db) => db.from('clients').select('id, name').eq('id', SAO_BIEN).maybeSingle(),
    expect: { rows: 'none' },
  },
  {
    source: portal('get-change-requests'),
    persona: 'an',
    target: { from: 'change_requests' },
    build: (db) =>
      db
        .from('change_requests')
        .select(
          'id, version, title, description, status, submitted_at, extra_price_vnd, extra_days, quote_note, quoted_at, decided_at, decision_reason, payment_id, completed_at, pay_before_work',
        )
        .eq('engagement_id', IMPLEMENTATION)
        .order('submitted_at', { ascending: false }),
    expect: list(2),
  },
  {
    source: portal('get-warranty-claims'),
    persona: 'an',
    target: { from: 'warranty_claims' },
    build: (db) =>
      db
        .from('warranty_claims')
        .select(
          'id, title, description, status, priority, coverage, opened_at, response_due_at, resolution_due_at, client_question, waiting_on_client_since, client_wait_seconds, resolved_at, resolution, confirmed_at, reopened_count',
        )
        .eq('engagement_id', WARRANTY)
        .order('opened_at', { ascending: false }),
    expect: list(2),
  },
  {
    source: portal('get-people'),
    persona: 'an',
    target: { from: 'account_manager_contacts' },
    build: (db) => db.from('account_manager_contacts').select('user_id, full_name'),
    expect: list(1),
  },
  {
    source: portal('get-people'),
    persona: 'an',
    target: { from: 'client_members' },
    build: (db) => db.from('client_members').select('user_id, full_name'),
    expect: list(2),
  },
  {
    source: portal('get-requirements'),
    persona: 'an',
    target: { from: 'requirements' },
    build: (db) =>
      db
        .from('requirements')
        .select('id, title, description, status, requested_at, response, provided_at, confirmed_at')
        .eq('engagement_id', IMPLEMENTATION)
        .order('requested_at'),
    expect: list(2),
  },
  {
    source: portal('get-timeline'),
    persona: 'an',
    target: { from: 'engagement_events' },
    build: (db) =>
      db
        .from('engagement_events')
        .select('id, kind, from_step, to_step, note, actor_id, created_at')
        .eq('engagement_id', IMPLEMENTATION)
        .eq('visible_to_client', true)
        .order('created_at', { ascending: false })
        .limit(100),
    expect: list(1),
  },
  {
    source: portal('get-access-log'),
    persona: 'an',
    target: { from: 'document_access_log' },
    build: (db) =>
      db
        .from('document_access_log')
        .select('id, document_id, action, actor_id, created_at')
        .eq('engagement_id', IMPLEMENTATION)
        .neq('visibility', 'internal')
        .order('created_at', { ascending: false }),
    expect: list(1),
  },
  {
    source: portal('get-acceptances'),
    persona: 'an',
    target: { from: 'acceptances' },
    build: (db) =>
      db
        .from('acceptances')
        .select('id, decision, note, decided_by, decided_at, minutes_document_id, minutes_sha256')
        .eq('engagement_id', WARRANTY)
        .order('decided_at', { ascending: false }),
    expect: list(2),
  },
  {
    source: portal('accept-delivery'),
    persona: 'an',
    target: { from: 'acceptances' },
    build: (db) =>
      db
        .from('acceptances')
        .select('id')
        .eq('engagement_id', WARRANTY)
        .eq('decision', 'accepted')
        .order('decided_at', { ascending: false })
        .limit(1)
        .maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: portal('get-payment-account'),
    persona: 'an',
    target: { from: 'company_settings' },
    build: (db) =>
      db
        .from('company_settings')
        .select('bank_bin, bank_name, bank_account_number, bank_account_name')
        .single(),
    expect: { rows: 'one' },
  },
  {
    source: portal('get-payments'),
    persona: 'an',
    target: { from: 'payments' },
    build: (db) =>
      db
        .from('payments')
        .select(
          'id, kind, label, label_code, amount_vnd, due_before_start, due_date, status, transfer_reference, proof_document_id, proof_note, submitted_at, confirmed_at, rejected_at, rejection_reason, change_request_id',
        )
        .eq('engagement_id', IMPLEMENTATION)
        .order('created_at'),
    expect: list(3),
  },
  {
    source: portal('get-milestones'),
    persona: 'an',
    target: { from: 'milestones' },
    build: (db) =>
      db
        .from('milestones')
        .select('id, position, title, responsible, due_date, status, done_at, change_request_id')
        .eq('engagement_id', IMPLEMENTATION)
        .order('position'),
    expect: list(4),
  },
  {
    source: portal('get-quotes'),
    persona: 'an',
    target: { from: 'quotes' },
    build: (db) =>
      db
        .from('quotes')
        .select(
          'id, version, status, price_vnd, scope, milestones, payment_schedule, sent_at, decided_at, decline_reason, package:service_packages(name, warranty_months)',
        )
        .eq('engagement_id', IMPLEMENTATION)
        .not('sent_at', 'is', null)
        .order('created_at', { ascending: false }),
    expect: list(1, { every: (row) => row.sent_at !== null }),
  },
  {
    source: portal('get-documents'),
    persona: 'an',
    target: { from: 'documents' },
    build: (db) =>
      db
        .from('documents')
        .select('id, name, visibility, mime_type, size_bytes, is_deliverable, uploaded_by, created_at')
        .eq('engagement_id', IMPLEMENTATION)
        .neq('visibility', 'internal')
        .is('deleted_at', null)
        .order('created_at', { ascending: false }),
    expect: list(1, { every: (row) => row.visibility !== 'internal' }),
  },
  {
    source: portal('get-packages'),
    persona: 'an',
    target: { from: 'service_packages' },
    build: (db) =>
      db
        .from('service_packages')
        .select('id, code, name, description, price_vnd, warranty_months')
        .eq('active', true)
        .order('price_vnd'),
    expect: list(4),
  },
  {
    source: portal('get-your-turn'),
    persona: 'binh',
    target: { from: 'pending_actions' },
    build: (db) =>
      db
        .from('pending_actions')
        .select(
          'engagement_id, kind, subject_id, actor, since, due_at, note, engagement_code, engagement_title, subject_title, amount_vnd, payment_kind, payment_label_code',
        )
        .eq('side', 'client')
        .order('since'),
    expect: list(1, { every: (row) => typeof row.engagement_code === 'string' }),
  },
  {
    source: portal('get-approvers'),
    persona: 'binh',
    target: { from: 'client_members' },
    build: (db) =>
      db
        .from('client_members')
        .select('full_name')
        .eq('role', 'approver')
        .eq('active', true)
        .order('full_name'),
    expect: list(1),
  },
  {
    source: portal('get-request'),
    persona: 'an',
    target: { from: 'engagements' },
    build: (db) =>
      db
        .from('engagements')
        .select('request_details, requested_package:service_packages!requested_package_id(name)')
        .eq('id', IMPLEMENTATION)
        .maybeSingle(),
    expect: { rows: 'one' },
  },
  ...(
    [
      [
        'provide-requirement',
        'provide_requirement',
        { requirement_id: NO_ROW, response: 'x' },
        'engagement_not_found',
      ],
      ['confirm-requirement', 'confirm_requirement', { requirement_id: NO_ROW }, 'engagement_not_found'],
      ['mark-milestone-done', 'mark_milestone_done', { milestone_id: NO_ROW }, 'engagement_not_found'],
      [
        'submit-change-request',
        'submit_change_request',
        { engagement_id: NO_ROW, title: 'x', description: 'x' },
        'engagement_not_found',
      ],
      [
        'create-request',
        'create_engagement',
        { client_id: SAO_BIEN, title: 'x', package_id: NO_ROW, details: 'x' },
        'not_client_member',
      ],
      [
        'accept-delivery',
        'transition_engagement',
        { engagement_id: WARRANTY, to_step: 'warranty', expected_version: STALE },
        'version_conflict',
      ],
      [
        'reject-delivery',
        'transition_engagement',
        { engagement_id: WARRANTY, to_step: 'implementation', expected_version: STALE, note: 'x' },
        'version_conflict',
      ],
      [
        'accept-quote',
        'transition_engagement',
        {
          engagement_id: IMPLEMENTATION,
          to_step: 'payment',
          expected_version: STALE,
          quote_id: NO_ROW,
          quote_version: 1,
        },
        'version_conflict',
      ],
      [
        'decline-quote',
        'decline_quote',
        { quote_id: NO_ROW, quote_version: 1, reason: 'x' },
        'engagement_not_found',
      ],
      [
        'approve-change-request',
        'approve_change_request',
        { change_request_id: NO_ROW, extra_price_vnd: 1, change_request_version: 1 },
        'engagement_not_found',
      ],
      [
        'reject-change-request',
        'reject_change_request',
        { change_request_id: NO_ROW, reason: 'x' },
        'engagement_not_found',
      ],
      [
        'submit-payment-proof',
        'submit_payment_proof',
        { payment_id: NO_ROW, proof_document_id: NO_ROW, note: 'x' },
        'engagement_not_found',
      ],
      [
        'open-warranty-claim',
        'open_warranty_claim',
        { engagement_id: NO_ROW, title: 'x', description: 'x' },
        'engagement_not_found',
      ],
      [
        'provide-claim-information',
        'provide_claim_information',
        { claim_id: NO_ROW, answer: 'x' },
        'engagement_not_found',
      ],
      ['confirm-warranty-claim', 'confirm_warranty_claim', { claim_id: NO_ROW }, 'engagement_not_found'],
      [
        'reopen-warranty-claim',
        'reopen_warranty_claim',
        { claim_id: NO_ROW, reason: 'x' },
        'engagement_not_found',
      ],
    ] as const
  ).map(([file, name, args, refusal]): AppRequest => ({
    source: portal(file),
    persona: 'an',
    target: { rpc: name },
    build: (db) => db.rpc(name, args),
    expect: refused(refusal),
  })),
]

const workspace = (file: string) => `src/features/engagement-workspace/api/${file}.ts`
const byEngagement = (
  file: string,
  table: string,
  order: string,
  ascending: boolean,
  min: number,
  engagement = IMPLEMENTATION,
): AppRequest => ({
  source: workspace(file),
  persona: 'lan',
  target: { from: table },
  build: (db) => db.from(table).select('*').eq('engagement_id', engagement).order(order, { ascending }),
  expect: list(min),
})
const engagementWorkspace: AppRequest[] = [
  byEngagement('get-quotes', 'quotes', 'created_at', false, 1),
  byEngagement('get-warranty-claims', 'warranty_claims', 'opened_at', false, 2, WARRANTY),
  byEngagement('get-milestones', 'milestones', 'position', true, 4),
  byEngagement('get-requirements', 'requirements', 'requested_at', true, 2),
  byEngagement('get-payments', 'payments', 'created_at', true, 3),
  byEngagement('get-acceptances', 'acceptances', 'decided_at', false, 2, WARRANTY),
  byEngagement('get-change-requests', 'change_requests', 'submitted_at', false, 2),
  {
    source: workspace('rejection-fixes'),
    persona: 'lan',
    target: { from: 'rejection_fixes' },
    build: (db) => db.from('rejection_fixes').select('item').eq('acceptance_id', NO_ROW).order('item'),
    expect: list(0),
  },
  {
    source: workspace('get-request'),
    persona: 'lan',
    target: { from: 'engagements' },
    build: (db) =>
      db
        .from('engagements')
        .select('request_details, requested_package:service_packages!requested_package_id(name)')
        .eq('id', IMPLEMENTATION)
        .maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: workspace('get-pending-actions'),
    persona: 'lan',
    target: { from: 'pending_actions' },
    build: (db) =>
      db
        .from('pending_actions')
        .select('kind, subject_id, side, actor, actor_id, since, note')
        .eq('engagement_id', IMPLEMENTATION)
        .order('since'),
    expect: list(3),
  },
  {
    source: workspace('get-events'),
    persona: 'lan',
    target: { from: 'engagement_events' },
    build: (db) =>
      db
        .from('engagement_events')
        .select('*')
        .eq('engagement_id', IMPLEMENTATION)
        .order('created_at', { ascending: false })
        .order('id', { ascending: false })
        .limit(200),
    expect: list(1),
  },
  {
    source: workspace('get-staff'),
    persona: 'manager',
    target: { from: 'staff' },
    build: (db) =>
      db
        .from('staff')
        .select('user_id, full_name, email, role, active')
        .order('full_name', { ascending: true }),
    expect: list(4),
  },
  {
    source: workspace('get-client-members'),
    persona: 'lan',
    target: { from: 'client_members' },
    build: (db) => db.from('client_members').select('user_id, full_name, role').eq('client_id', PHUONG_DONG),
    expect: list(2),
  },
  {
    source: workspace('get-engagement'),
    persona: 'lan',
    target: { from: 'engagement_board' },
    build: (db) => db.from('engagement_board').select('*').eq('id', IMPLEMENTATION).maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: workspace('get-packages'),
    persona: 'lan',
    target: { from: 'service_packages' },
    build: (db) =>
      db
        .from('service_packages')
        .select('id, name, price_vnd, warranty_months')
        .eq('active', true)
        .order('price_vnd', { ascending: true }),
    expect: list(4),
  },
  ...(
    [
      [
        'change-engagement-state',
        'manager',
        'change_engagement_state',
        { engagement_id: IMPLEMENTATION, to_state: 'on_hold', reason: 'x', expected_version: STALE },
        'version_conflict',
      ],
      [
        'send-quote',
        'lan',
        'send_quote',
        {
          engagement_id: IMPLEMENTATION,
          package_id: NO_ROW,
          price_vnd: 1,
          scope: 'x',
          milestones: [
            { title: 'x', responsible: 'provider', due_date: '2027-01-01' },
            { title: 'y', responsible: 'client' },
          ],
          payment_schedule: [
            { label: 'x', label_code: 'deposit', amount_vnd: 1, due_condition: 'before_start' },
            {
              label: 'y',
              label_code: 'balance',
              amount_vnd: 0,
              due_condition: 'on_date',
              due_on: '2027-01-01',
            },
          ],
          expected_version: STALE,
        },
        'version_conflict',
      ],
      ['withdraw-quote', 'lan', 'withdraw_quote', { quote_id: NO_ROW, reason: 'x' }, 'engagement_not_found'],
      [
        'withdraw-change-request-quote',
        'lan',
        'withdraw_change_request_quote',
        { change_request_id: NO_ROW, reason: 'x' },
        'engagement_not_found',
      ],
      [
        'hand-over',
        'lan',
        'transition_engagement',
        { engagement_id: IMPLEMENTATION, to_step: 'acceptance', expected_version: STALE, note: 'x' },
        'version_conflict',
      ],
      [
        'assign-account-manager',
        'manager',
        'assign_account_manager',
        { engagement_id: IMPLEMENTATION, account_manager_id: DEMO_IDS.minh, expected_version: STALE },
        'version_conflict',
      ],
      [
        'quote-change-request',
        'lan',
        'quote_change_request',
        { change_request_id: NO_ROW, extra_price_vnd: 1, extra_days: 1, note: 'x', pay_before_work: true },
        'engagement_not_found',
      ],
      [
        'add-change-request-milestone',
        'lan',
        'add_change_request_milestone',
        { change_request_id: NO_ROW, title: 'x', due_on: '2027-01-01' },
        'engagement_not_found',
      ],
      [
        'complete-change-request',
        'lan',
        'complete_change_request',
        { change_request_id: NO_ROW },
        'engagement_not_found',
      ],
      ['mark-milestone-done', 'lan', 'mark_milestone_done', { milestone_id: NO_ROW }, 'engagement_not_found'],
      ['start-milestone', 'lan', 'start_milestone', { milestone_id: NO_ROW }, 'engagement_not_found'],
      ['confirm-payment', 'lan', 'confirm_payment', { payment_id: NO_ROW }, 'engagement_not_found'],
      [
        'reject-payment',
        'lan',
        'reject_payment',
        { payment_id: NO_ROW, reason: 'x' },
        'engagement_not_found',
      ],
      [
        'request-requirement',
        'lan',
        'request_requirement',
        { engagement_id: NO_ROW, title: 'x', description: 'x' },
        'engagement_not_found',
      ],
      [
        'rejection-fixes',
        'lan',
        'set_rejection_fix',
        { acceptance_id: NO_ROW, item: 0, fixed: true },
        'engagement_not_found',
      ],
    ] as const
  ).map(([file, persona, name, args, refusal]): AppRequest => ({
    source: workspace(file),
    persona,
    target: { rpc: name },
    build: (db) => db.rpc(name, args),
    expect: refused(refusal),
  })),
]

const oversight = (file: string) => `src/features/oversight-dashboard/api/${file}.ts`
const oversightDashboard: AppRequest[] = [
  {
    source: oversight('get-sla-breaches'),
    persona: 'manager',
    target: { rpc: 'oversight_sla_breaches' },
    build: (db) => db.rpc('oversight_sla_breaches', { days: 30 }),
    expect: list(0),
  },
  {
    source: oversight('get-warranty-summary'),
    persona: 'manager',
    target: { rpc: 'oversight_warranty_summary' },
    build: (db) => db.rpc('oversight_warranty_summary'),
    expect: list(1),
  },
  {
    source: oversight('get-step-figures'),
    persona: 'manager',
    target: { rpc: 'oversight_steps' },
    build: (db) => db.rpc('oversight_steps'),
    expect: list(1),
  },
  {
    source: oversight('get-change-requests-waiting'),
    persona: 'manager',
    target: { rpc: 'oversight_change_requests_waiting' },
    build: (db) => db.rpc('oversight_change_requests_waiting'),
    expect: list(0),
  },
  {
    source: oversight('get-overdue-payments'),
    persona: 'manager',
    target: { rpc: 'oversight_overdue_payments' },
    build: (db) => db.rpc('oversight_overdue_payments', {}, { count: 'exact' }).limit(50),
    expect: list(0, { from: 0, counted: true }),
  },
  {
    source: oversight('get-warranties-ending'),
    persona: 'manager',
    target: { rpc: 'oversight_warranties_ending' },
    build: (db) => db.rpc('oversight_warranties_ending', { days: 30 }, { count: 'exact' }).limit(50),
    expect: list(0, { from: 0, counted: true }),
  },
]

const shared: AppRequest[] = [
  ...(
    [
      [
        'lan',
        (row: Record<string, unknown>) => row.staff_role === 'account_manager' && row.member_role === null,
      ],
      ['an', (row: Record<string, unknown>) => row.member_role === 'approver' && row.staff_role === null],
    ] as const
  ).map(([persona, every]): AppRequest => ({
    source: 'src/lib/profile/api/get-profile.ts',
    persona,
    target: { rpc: 'my_side' },
    build: (db) => db.rpc('my_side'),
    expect: list(1, { every }),
  })),

  {
    source: 'src/lib/documents/get-documents.ts',
    persona: 'lan',
    target: { from: 'documents' },
    build: (db) =>
      db
        .from('documents')
        .select('*')
        .eq('engagement_id', IMPLEMENTATION)
        .is('deleted_at', null)
        .order('created_at', { ascending: false }),
    expect: list(1, { every: (row) => row.deleted_at === null }),
  },
  {
    source: 'src/lib/documents/get-access-log.ts',
    persona: 'lan',
    target: { from: 'document_access_log' },
    build: (db) =>
      db
        .from('document_access_log')
        .select('*')
        .eq('engagement_id', IMPLEMENTATION)
        .order('created_at', { ascending: false })
        .limit(500),
    expect: list(1),
  },
  {
    source: 'src/lib/documents/upload-document.ts',
    persona: 'lan',
    target: { rpc: 'register_document_upload' },
    build: (db) =>
      db.rpc('register_document_upload', {
        engagement_id: NO_ROW,
        name: 'x.pdf',
        visibility: 'shared',
        mime_type: 'application/pdf',
        size_bytes: 1,
        is_deliverable: false,
      }),
    expect: refused('engagement_not_found'),
  },
]

/** The duties feature (P5, P7 and the ledger), on Phương Đông's engagement in completion. */
const COMPLETION = 'e0000000-0000-4000-8000-000000000105'
const duties = (file: string) => `src/features/duties/api/${file}.ts`
const duty: AppRequest[] = [
  {
    source: duties('get-duties'),
    persona: 'binh',
    target: { from: 'engagement_duties' },
    build: (db) =>
      db.from('engagement_duties').select('duty, status, evidence').eq('engagement_id', COMPLETION),
    expect: list(13),
  },
  {
    source: duties('get-handover-items'),
    persona: 'lan',
    target: { from: 'handover_items' },
    build: (db) =>
      db.from('handover_items').select('*').eq('engagement_id', COMPLETION).order('created_at').order('id'),
    expect: list(2),
  },
  {
    source: duties('get-licence-assets'),
    persona: 'an',
    target: { from: 'licence_assets' },
    build: (db) =>
      db.from('licence_assets').select('*').eq('engagement_id', COMPLETION).order('created_at').order('id'),
    expect: list(1),
  },
  {
    source: duties('get-licence-register'),
    persona: 'lan',
    target: { from: 'licence_registers' },
    build: (db) => db.from('licence_registers').select('*').eq('engagement_id', WARRANTY).maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: duties('get-duties-overview'),
    persona: 'manager',
    target: { rpc: 'oversight_duties' },
    build: (db) => db.rpc('oversight_duties', undefined, { count: 'exact' }).range(0, 49),
    expect: list(1, { counted: true }),
  },
  {
    source: duties('add-handover-item'),
    persona: 'lan',
    target: { rpc: 'add_handover_item' },
    build: (db) =>
      db.rpc('add_handover_item', { engagement_id: NO_ROW, kind: 'user_guide', title: 'x', required: true }),
    expect: refused('engagement_not_found'),
  },
  {
    source: duties('complete-handover-item'),
    persona: 'lan',
    target: { rpc: 'complete_handover_item' },
    build: (db) => db.rpc('complete_handover_item', { handover_item_id: NO_ROW, method: 'x' }),
    expect: refused('engagement_not_found'),
  },
  {
    source: duties('confirm-handover-item'),
    persona: 'binh',
    target: { rpc: 'confirm_handover_item' },
    build: (db) => db.rpc('confirm_handover_item', { handover_item_id: NO_ROW }),
    expect: refused('engagement_not_found'),
  },
  {
    source: duties('add-licence-asset'),
    persona: 'lan',
    target: { rpc: 'add_licence_asset' },
    build: (db) =>
      db.rpc('add_licence_asset', {
        engagement_id: NO_ROW,
        kind: 'font',
        name: 'x',
        licence: 'OFL',
        source: 'x',
        holder: 'client',
        cost_vnd: 0,
      }),
    expect: refused('engagement_not_found'),
  },
  {
    source: duties('complete-licence-register'),
    persona: 'lan',
    target: { rpc: 'complete_licence_register' },
    build: (db) => db.rpc('complete_licence_register', { engagement_id: NO_ROW }),
    expect: refused('engagement_not_found'),
  },
]

/** Every REST request the app sends, as its code builds it. */
const ADMIN = 'src/features/administration/api'
const administration: AppRequest[] = [
  {
    source: `${ADMIN}/get-clients.ts`,
    persona: 'manager',
    target: { from: 'clients' },
    build: (db) =>
      db
        .from('clients')
        .select(
          'id, name, tax_code, address, contact_phone, contact_email, default_account_manager_id, archived_at, updated_at',
          { count: 'exact' },
        )
        .order('name')
        .order('id')
        .range(0, 999),
    expect: list(2, { from: 0, counted: true }),
  },
  {
    source: `${ADMIN}/save-client.ts`,
    persona: 'manager',
    target: { from: 'clients' },
    build: (db) => db.from('clients').update({ name: 'Không đổi' }).eq('id', PHUONG_DONG).select('id'),
    expect: list(0),
  },
  {
    source: `${ADMIN}/archive-client.ts`,
    persona: 'manager',
    target: { from: 'clients' },
    build: (db) => db.from('clients').update({ archived_at: null }).eq('id', SAO_BIEN).select('id'),
    expect: list(0),
  },
  {
    source: `${ADMIN}/get-staff.ts`,
    persona: 'manager',
    target: { from: 'staff' },
    build: (db) =>
      db
        .from('staff')
        .select('user_id, full_name, email, role, active', { count: 'exact' })
        .order('full_name')
        .order('user_id')
        .range(0, 999),
    expect: list(4, { from: 0, counted: true }),
  },
  {
    source: `${ADMIN}/update-staff-member.ts`,
    persona: 'admin',
    target: { rpc: 'update_staff_member' },
    build: (db) => db.rpc('update_staff_member', { user_id: DEMO_IDS.admin, role: 'manager' }),
    expect: refused('own_role'),
  },
  {
    source: `${ADMIN}/get-pending-invitations.ts`,
    persona: 'manager',
    target: { from: 'invitations' },
    build: (db) =>
      db
        .from('invitations')
        .select('id, email, role, expires_at', { count: 'exact' })
        .eq('client_id', PHUONG_DONG)
        .is('accepted_at', null)
        .is('revoked_at', null)
        .gt('expires_at', new Date().toISOString())
        .order('created_at', { ascending: false })
        .order('id')
        .range(0, 999),
    expect: list(0, { from: 0, counted: true }),
  },
  {
    source: `${ADMIN}/get-client-members.ts`,
    persona: 'an',
    target: { from: 'client_members' },
    build: (db) =>
      db
        .from('client_members')
        .select('client_id, user_id, full_name, email, role, active', { count: 'exact' })
        .eq('client_id', PHUONG_DONG)
        .order('full_name')
        .order('user_id')
        .range(0, 999),
    expect: list(2, { from: 0, counted: true }),
  },
  {
    source: `${ADMIN}/update-client-member.ts`,
    persona: 'an',
    target: { rpc: 'update_client_member' },
    build: (db) =>
      db.rpc('update_client_member', { client_id: SAO_BIEN, user_id: DEMO_IDS.chi, active: false }),
    expect: refused('not_client_admin'),
  },
  {
    source: `${ADMIN}/get-packages.ts`,
    persona: 'manager',
    target: { from: 'service_packages' },
    build: (db) =>
      db
        .from('service_packages')
        .select('id, code, name, description, price_vnd, warranty_months, active', { count: 'exact' })
        .order('active', { ascending: false })
        .order('name')
        .order('id')
        .range(0, 999),
    expect: list(5, { from: 0, counted: true }),
  },
  {
    source: `${ADMIN}/save-package.ts`,
    persona: 'manager',
    target: { from: 'service_packages' },
    build: (db) =>
      db
        .from('service_packages')
        .update({ price_vnd: 1 })
        .eq('id', 'b0000000-0000-4000-8000-000000000001')
        .select('id'),
    expect: list(0),
  },
  {
    source: `${ADMIN}/save-company-settings.ts`,
    persona: 'manager',
    target: { from: 'company_settings' },
    build: (db) =>
      db.from('company_settings').update({ bank_account_number: '1' }).eq('id', true).select('id'),
    expect: list(0),
  },
  {
    source: `${ADMIN}/get-audit-log.ts`,
    persona: 'manager',
    target: { from: 'admin_audit_log' },
    build: (db) =>
      db
        .from('admin_audit_log')
        .select('id, table_name, record_id, action, actor_id, actor_name, before, after, created_at', {
          count: 'exact',
        })
        .order('created_at', { ascending: false })
        .order('id', { ascending: false })
        .range(0, 999),
    expect: list(1, { from: 0, counted: true }),
  },
  {
    source: 'src/lib/company-settings/get-company-settings.ts',
    persona: 'an',
    target: { from: 'company_settings' },
    build: (db) =>
      db
        .from('company_settings')
        .select(
          'legal_name, tax_code, address, phone, email, bank_bin, bank_name, bank_account_number, bank_account_name, vat_rate_percent, updated_at',
        )
        .single(),
    expect: { rows: 'one' },
  },
]

const account: AppRequest[] = [
  {
    source: 'src/features/account/api/get-my-profile.ts',
    persona: 'binh',
    target: { rpc: 'my_profile' },
    build: (db) => db.rpc('my_profile').maybeSingle(),
    expect: { rows: 'one' },
  },
  {
    source: 'src/features/account/api/update-profile.ts',
    persona: 'binh',
    target: { rpc: 'update_my_profile' },
    // The refusal leaves the demo person's name as it is.
    build: (db) => db.rpc('update_my_profile', { full_name: ' ', phone: null }),
    expect: refused('full_name_required'),
  },
  {
    source: 'src/features/account/api/update-profile.ts',
    persona: 'binh',
    target: { rpc: 'set_notification_language' },
    build: (db) => db.rpc('set_notification_language', { language: 'xx' }),
    expect: refused('invalid_language'),
  },
  {
    source: 'src/features/account/api/accept-invitation.ts',
    persona: 'an',
    target: { rpc: 'accept_invitation' },
    build: (db) => db.rpc('accept_invitation', { invitation_id: NO_ROW, full_name: 'Đỗ Văn An' }),
    expect: refused('invitation_not_found'),
  },
]

const notificationsAndConversations: AppRequest[] = [
  {
    source: 'src/features/notifications/api/get-notifications.ts',
    persona: 'an',
    target: { from: 'notifications' },
    build: (db) =>
      db
        .from('notifications')
        .select('*')
        .eq('kind', 'your_move')
        .is('read_at', null)
        .order('created_at', { ascending: false })
        .limit(100),
    expect: list(0, { every: (row) => row.user_id === DEMO_IDS.an }),
  },
  {
    source: 'src/features/notifications/api/get-unread-count.ts',
    persona: 'an',
    target: { from: 'notifications' },
    build: (db) => db.from('notifications').select('id', { count: 'exact', head: true }).is('read_at', null),
    expect: { rows: 'none' },
  },
  {
    source: 'src/features/notifications/api/mark-read.ts',
    persona: 'an',
    target: { rpc: 'mark_notification_read' },
    build: (db) => db.rpc('mark_notification_read', { notification_id: NO_ROW }),
    expect: list(0),
  },
  {
    source: 'src/features/notifications/api/mark-read.ts',
    persona: 'chi',
    target: { rpc: 'mark_all_notifications_read' },
    build: (db) => db.rpc('mark_all_notifications_read'),
    expect: list(0, { every: (row) => row.user_id === DEMO_IDS.chi }),
  },
  {
    source: 'src/features/notifications/api/preferences.ts',
    persona: 'an',
    target: { from: 'notification_preferences' },
    build: (db) => db.from('notification_preferences').select('kind, email'),
    expect: list(0),
  },
  {
    source: 'src/features/notifications/api/preferences.ts',
    persona: 'an',
    target: { from: 'notification_settings' },
    build: (db) => db.from('notification_settings').select('language'),
    expect: list(0),
  },
  {
    source: 'src/features/notifications/api/preferences.ts',
    persona: 'an',
    target: { rpc: 'set_notification_preference' },
    build: (db) => db.rpc('set_notification_preference', { kind: 'nope', email: 'off' }),
    expect: refused('invalid_notification_preference'),
  },
  {
    source: 'src/features/notifications/api/preferences.ts',
    persona: 'an',
    target: { rpc: 'set_notification_language' },
    build: (db) => db.rpc('set_notification_language', { language: 'xx' }),
    expect: refused('invalid_language'),
  },
  {
    source: 'src/features/conversations/api/get-threads.ts',
    persona: 'an',
    target: { from: 'change_requests' },
    build: (db) =>
      db.from('change_requests').select('id, title').eq('engagement_id', IMPLEMENTATION).order('created_at'),
    expect: list(1),
  },
  {
    source: 'src/features/conversations/api/get-threads.ts',
    persona: 'an',
    target: { from: 'warranty_claims' },
    build: (db) =>
      db.from('warranty_claims').select('id, title').eq('engagement_id', WARRANTY).order('created_at'),
    expect: list(1),
  },
  {
    source: 'src/features/conversations/api/get-messages.ts',
    persona: 'an',
    target: { from: 'messages' },
    build: (db) =>
      db
        .from('messages')
        .select('*')
        .eq('engagement_id', IMPLEMENTATION)
        .eq('topic', 'engagement')
        .eq('topic_id', IMPLEMENTATION)
        .order('created_at')
        .limit(500),
    expect: list(0, { every: (row) => row.internal === false }),
  },
  {
    source: 'src/features/conversations/api/get-people.ts',
    persona: 'an',
    target: { rpc: 'message_authors' },
    build: (db) => db.rpc('message_authors', { engagement_id: IMPLEMENTATION }),
    expect: list(0),
  },
  {
    source: 'src/features/conversations/api/get-people.ts',
    persona: 'an',
    target: { rpc: 'conversation_participants' },
    build: (db) => db.rpc('conversation_participants', { engagement_id: IMPLEMENTATION }),
    expect: list(2),
  },
  {
    source: 'src/features/conversations/api/post-message.ts',
    persona: 'an',
    target: { rpc: 'post_message' },
    build: (db) =>
      db.rpc('post_message', {
        engagement_id: IMPLEMENTATION,
        body: 'x',
        topic: 'engagement',
        topic_id: IMPLEMENTATION,
        internal: true,
        mentions: [],
      }),
    expect: refused('not_staff'),
  },
  {
    source: 'src/features/conversations/api/post-message.ts',
    persona: 'an',
    target: { rpc: 'edit_message' },
    build: (db) => db.rpc('edit_message', { message_id: NO_ROW, body: 'x' }),
    expect: refused('message_not_found'),
  },
]

export const APP_REQUESTS: AppRequest[] = [
  ...notificationsAndConversations,
  ...account,
  ...administration,
  ...board,
  ...warrantyQueue,
  ...clientPortal,
  ...engagementWorkspace,
  ...oversightDashboard,
  ...duty,
  ...shared,
]
