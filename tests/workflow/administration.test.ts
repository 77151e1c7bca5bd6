import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { DEMO_PASSWORD, persona, serviceRole, type Persona } from '../support/personas.ts'
import { PHUONG_DONG, SAO_BIEN, call } from './support/journey.ts'
import type { Row } from './support/world.ts'

// Administration through supabase-js as each persona: who may change clients, packages, company
// settings, staff and client users; a refused change leaves the row as it was; every change is in
// the audit log with its before and after; a deactivated account manager's engagements go back to
// the managers.

async function rowOf(table: string, match: Record<string, string>): Promise<Row> {
  const { data, error } = await serviceRole().from(table).select('*').match(match).single()
  assert.equal(error, null, `${error?.message}`)
  return data as Row
}

async function auditOf(table: string, recordId: string): Promise<Row[]> {
  const { data, error } = await serviceRole()
    .from('admin_audit_log')
    .select('*')
    .eq('table_name', table)
    .eq('record_id', recordId)
    .order('id')
  assert.equal(error, null, `${error?.message}`)
  return (data ?? []) as Row[]
}

/** Both demo clients' users, as the service role sees them. */
async function membersOfDemoClients(): Promise<unknown> {
  const { data } = await serviceRole()
    .from('client_members')
    .select('*')
    .in('client_id', [PHUONG_DONG, SAO_BIEN])
    .order('user_id')
  return data
}

function nth(rows: Row[], index: number): Row {
  const row = rows.at(index)
  assert.ok(row, `no row ${index}`)
  return row
}

async function newUser(label: string): Promise<string> {
  const { data, error } = await serviceRole().auth.admin.createUser({
    email: `${label}-${randomUUID().slice(0, 8)}@admin.test`,
    password: DEMO_PASSWORD,
    email_confirm: true,
  })
  if (error || !data.user) throw new Error(`could not create ${label}: ${error?.message}`)
  return data.user.id
}

let admin: Persona, manager: Persona, lan: Persona, an: Persona, binh: Persona
before(async () => {
  admin = await persona('admin')
  manager = await persona('manager')
  lan = await persona('lan')
  an = await persona('an')
  binh = await persona('binh')
})

describe('clients', () => {
  test('an admin edits a client; the audit row names the admin, before and after', async () => {
    const old = await rowOf('clients', { id: PHUONG_DONG })
    const { error } = await admin.client
      .from('clients')
      .update({ contact_phone: '028 1111 2222' })
      .eq('id', PHUONG_DONG)
    assert.equal(error, null, `${error?.message}`)
    const audit = nth(await auditOf('clients', PHUONG_DONG), -1)
    assert.equal(audit.action, 'update')
    assert.equal(audit.actor_id, admin.userId)
    assert.equal((audit.before as Row).contact_phone, old.contact_phone)
    assert.equal((audit.after as Row).contact_phone, '028 1111 2222')
    await serviceRole().from('clients').update({ contact_phone: old.contact_phone }).eq('id', PHUONG_DONG)
  })

  test('managers, account managers and client users cannot change a client', async () => {
    const old = await rowOf('clients', { id: PHUONG_DONG })
    for (const who of [manager, lan, an]) {
      await who.client
        .from('clients')
        .update({ name: `Renamed by ${who.name}` })
        .eq('id', PHUONG_DONG)
      const { error } = await who.client.from('clients').insert({ name: `New by ${who.name}` })
      assert.ok(error, `${who.name} inserted a client`)
    }
    assert.deepEqual(await rowOf('clients', { id: PHUONG_DONG }), old)
  })

  test('an archived client gets no new engagement; its default account manager must be active staff', async () => {
    const { data, error } = await admin.client
      .from('clients')
      .insert({ name: 'Công ty Lưu Trữ', default_account_manager_id: lan.userId })
      .select('id')
      .single()
    assert.equal(error, null, `${error?.message}`)
    const clientId = (data as Row).id as string
    assert.equal(nth(await auditOf('clients', clientId), 0).action, 'insert')
    const refusedDefault = await admin.client
      .from('clients')
      .update({ default_account_manager_id: an.userId })
      .eq('id', clientId)
    assert.equal(refusedDefault.error?.message, 'not_staff')
    await admin.client.from('clients').update({ archived_at: new Date().toISOString() }).eq('id', clientId)
    const outcome = await call(manager, 'create_engagement', { client_id: clientId, title: 'Website mới' })
    assert.equal(outcome.code, 'client_archived')
    const { count } = await serviceRole()
      .from('engagements')
      .select('id', { count: 'exact', head: true })
      .eq('client_id', clientId)
    assert.equal(count, 0)
  })
})

describe('service packages and company settings', () => {
  test('an admin creates and archives a package; others cannot', async () => {
    const code = `ADM-${randomUUID().slice(0, 6)}`
    const created = await admin.client
      .from('service_packages')
      .insert({
        code,
        name: 'Gói bảo trì',
        description: 'Bảo trì hằng tháng',
        price_vnd: 5_000_000,
        warranty_months: 1,
      })
      .select('id')
      .single()
    assert.equal(created.error, null, `${created.error?.message}`)
    const id = (created.data as Row).id as string
    for (const who of [manager, lan, an, binh]) {
      await who.client.from('service_packages').update({ price_vnd: 1 }).eq('id', id)
      const { error } = await who.client
        .from('service_packages')
        .insert({ code: `${code}-${who.name}`, name: 'x', price_vnd: 1 })
      assert.ok(error, `${who.name} inserted a package`)
    }
    assert.equal((await rowOf('service_packages', { id })).price_vnd, 5_000_000)
    await admin.client.from('service_packages').update({ active: false }).eq('id', id)
    const { data: seen } = await an.client.from('service_packages').select('id').eq('id', id)
    assert.deepEqual(seen, [], 'a client user still sees an archived package')
    const audit = await auditOf('service_packages', id)
    assert.deepEqual(
      audit.map((row) => [row.action, (row.after as Row).active]),
      [
        ['insert', true],
        ['update', false],
      ],
    )
  })

  test('only an admin changes the bank account; client users read the new one', async () => {
    const old = await rowOf('company_settings', { id: 'true' })
    for (const who of [manager, lan, an]) {
      await who.client.from('company_settings').update({ bank_account_number: '999' }).eq('id', true)
    }
    assert.deepEqual(await rowOf('company_settings', { id: 'true' }), old)
    const { error } = await admin.client
      .from('company_settings')
      .update({ bank_bin: '970418', bank_account_number: '12345678901' })
      .eq('id', true)
    assert.equal(error, null, `${error?.message}`)
    const { data } = await an.client.from('company_settings').select('bank_bin, bank_account_number').single()
    assert.deepEqual(data, { bank_bin: '970418', bank_account_number: '12345678901' })
    const audit = nth(await auditOf('company_settings', 'company'), -1)
    assert.equal((audit.before as Row).bank_account_number, old.bank_account_number)
    assert.equal((audit.after as Row).bank_account_number, '12345678901')
    await serviceRole()
      .from('company_settings')
      .update({ bank_bin: old.bank_bin, bank_account_number: old.bank_account_number })
      .eq('id', true)
  })
})

describe('the audit log', () => {
  test('managers read it; account managers and client users do not; nobody changes it', async () => {
    for (const who of [admin, manager]) {
      const { data } = await who.client.from('admin_audit_log').select('id').limit(1)
      assert.equal(data?.length, 1, `${who.name} reads no audit row`)
    }
    for (const who of [lan, an, binh]) {
      const { data } = await who.client.from('admin_audit_log').select('id').limit(1)
      assert.deepEqual(data, [], `${who.name} reads the audit log`)
    }
    const { data: first } = await serviceRole()
      .from('admin_audit_log')
      .select('*')
      .order('id')
      .limit(1)
      .single()
    const row = first as Row
    const updated = await admin.client.from('admin_audit_log').update({ action: 'delete' }).eq('id', row.id)
    assert.ok(updated.error)
    const deleted = await serviceRole().from('admin_audit_log').delete().eq('id', row.id)
    assert.ok(deleted.error)
    assert.deepEqual(await rowOf('admin_audit_log', { id: String(row.id) }), row)
  })
})

describe('staff', () => {
  test('nobody changes their own role; managers change nobody', async () => {
    assert.equal(
      (await call(admin, 'update_staff_member', { user_id: admin.userId, role: 'manager' })).code,
      'own_role',
    )
    assert.equal(
      (await call(admin, 'update_staff_member', { user_id: admin.userId, active: false })).code,
      'own_role',
    )
    await admin.client.from('staff').update({ role: 'manager' }).eq('user_id', admin.userId)
    assert.equal((await rowOf('staff', { user_id: admin.userId })).role, 'admin')
    const lanBefore = await rowOf('staff', { user_id: lan.userId })
    assert.equal(
      (await call(manager, 'update_staff_member', { user_id: lan.userId, role: 'manager' })).code,
      'not_admin',
    )
    assert.equal(
      (await call(lan, 'update_staff_member', { user_id: lan.userId, role: 'admin' })).code,
      'not_admin',
    )
    assert.equal(
      (await call(an, 'update_staff_member', { user_id: lan.userId, active: false })).code,
      'not_admin',
    )
    await manager.client.from('staff').update({ role: 'admin' }).eq('user_id', lan.userId)
    assert.deepEqual(await rowOf('staff', { user_id: lan.userId }), lanBefore)
  })

  test('deactivating an account manager hands their open engagements to the managers', async () => {
    const amId = await newUser('am')
    const { error: staffError } = await serviceRole()
      .from('staff')
      .insert({ user_id: amId, role: 'account_manager', full_name: 'Đặng Văn Tạm', email: 'tam@tams.test' })
    assert.equal(staffError, null, `${staffError?.message}`)
    assert.equal((await call(admin, 'update_staff_member', { user_id: amId, role: 'manager' })).code, null)
    assert.equal(
      (await call(admin, 'update_staff_member', { user_id: amId, role: 'account_manager' })).code,
      null,
    )
    const { data: client } = await admin.client
      .from('clients')
      .insert({ name: 'Công ty Tạm', default_account_manager_id: amId })
      .select('id')
      .single()
    const clientId = (client as Row).id as string
    const inserted = await serviceRole()
      .from('engagements')
      .insert([
        {
          client_id: clientId,
          account_manager_id: amId,
          title: 'Yêu cầu mới',
          step: 'request',
          state: 'active',
          whose_move: 'provider',
          whose_move_reason: 'request_review',
        },
        {
          client_id: clientId,
          account_manager_id: amId,
          title: 'Đang làm',
          step: 'implementation',
          state: 'active',
          whose_move: 'provider',
          whose_move_reason: 'deliver_milestones',
        },
        {
          client_id: clientId,
          account_manager_id: amId,
          title: 'Đã huỷ',
          step: 'payment',
          state: 'cancelled',
          whose_move: 'none',
          whose_move_reason: 'not_active',
        },
      ])
      .select('id, step')
    assert.equal(inserted.error, null, `${inserted.error?.message}`)
    const ids = Object.fromEntries(
      ((inserted.data ?? []) as Row[]).map((row) => [row.step, row.id as string]),
    )

    assert.equal((await call(admin, 'update_staff_member', { user_id: amId, active: false })).code, null)

    const { data: engagements } = await serviceRole()
      .from('engagements')
      .select('step, account_manager_id')
      .eq('client_id', clientId)
      .order('step')
    assert.deepEqual(engagements, [
      { step: 'request', account_manager_id: null },
      { step: 'payment', account_manager_id: amId },
      { step: 'implementation', account_manager_id: null },
    ])
    const { data: actions } = await manager.client
      .from('pending_actions')
      .select('kind, actor')
      .eq('engagement_id', ids.request ?? '')
    assert.ok(
      actions?.some((action) => action.kind === 'assign_account_manager' && action.actor === 'manager'),
    )
    const { data: events } = await serviceRole()
      .from('engagement_events')
      .select('kind, actor_id, visible_to_client')
      .eq('engagement_id', ids.implementation ?? '')
    assert.deepEqual(events, [
      { kind: 'account_manager_unassigned', actor_id: admin.userId, visible_to_client: false },
    ])
    assert.equal((await rowOf('clients', { id: clientId })).default_account_manager_id, null)
    const audit = await auditOf('staff', amId)
    assert.deepEqual(
      audit.map((row) => [
        row.action,
        (row.before as Row | null)?.role ?? null,
        (row.after as Row).role,
        (row.after as Row).active,
      ]),
      [
        ['insert', null, 'account_manager', true],
        ['update', 'account_manager', 'manager', true],
        ['update', 'manager', 'account_manager', true],
        ['update', 'account_manager', 'account_manager', false],
      ],
    )
    assert.equal(nth(audit, 1).actor_id, admin.userId)
    assert.ok(!('phone' in (nth(audit, 0).after as Row)))
  })
})

describe('client users', () => {
  let colleagueId = ''
  before(async () => {
    colleagueId = await newUser('colleague')
    const { error } = await serviceRole().from('client_members').insert({
      client_id: PHUONG_DONG,
      user_id: colleagueId,
      role: 'member',
      full_name: 'Lý Thị Cẩm',
      email: 'cam@phuongdong.test',
    })
    assert.equal(error, null, `${error?.message}`)
  })
  after(async () => {
    await serviceRole().from('client_members').delete().eq('user_id', colleagueId)
  })

  test("an approver changes a colleague's role and deactivates them; the audit names the approver", async () => {
    const key = { client_id: PHUONG_DONG, user_id: colleagueId }
    assert.equal((await call(an, 'update_client_member', { ...key, role: 'approver' })).code, null)
    assert.equal((await rowOf('client_members', key)).role, 'approver')
    assert.equal(
      (await call(an, 'update_client_member', { ...key, role: 'member', active: false })).code,
      null,
    )
    const row = await rowOf('client_members', key)
    assert.deepEqual([row.role, row.active], ['member', false])
    const audit = nth(await auditOf('client_members', `${PHUONG_DONG}/${colleagueId}`), -1)
    assert.equal(audit.actor_id, an.userId)
    assert.equal(audit.actor_name, 'Đỗ Văn An')
    assert.deepEqual([(audit.before as Row).active, (audit.after as Row).active], [true, false])
    assert.equal((await call(manager, 'update_client_member', { ...key, active: true })).code, null)
  })

  test('never their own row, another company, or as a member or account manager', async () => {
    const membersBefore = await membersOfDemoClients()
    const chi = await persona('chi')
    const cases: [Persona, Record<string, unknown>, string][] = [
      [an, { client_id: PHUONG_DONG, user_id: an.userId, role: 'member' }, 'own_role'],
      [an, { client_id: SAO_BIEN, user_id: chi.userId, active: false }, 'not_client_admin'],
      [binh, { client_id: PHUONG_DONG, user_id: colleagueId, role: 'approver' }, 'not_client_admin'],
      [lan, { client_id: PHUONG_DONG, user_id: binh.userId, role: 'approver' }, 'not_client_admin'],
      [an, { client_id: PHUONG_DONG, user_id: lan.userId, role: 'member' }, 'client_member_not_found'],
    ]
    for (const [who, args, code] of cases) {
      assert.equal(
        (await call(who, 'update_client_member', args)).code,
        code,
        `${who.name} ${JSON.stringify(args)}`,
      )
    }
    await an.client.from('client_members').update({ role: 'member' }).eq('user_id', an.userId)
    await an.client.from('client_members').update({ active: false }).eq('user_id', chi.userId)
    await binh.client.from('client_members').update({ role: 'approver' }).eq('user_id', binh.userId)
    assert.deepEqual(await membersOfDemoClients(), membersBefore)
  })
})
