import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

import { ANON_KEY, API_URL, apiAs, rpc } from './api'
import { DEMO_PASSWORD, personas, type Persona } from './personas'
import { screenshot } from './sign-in'

// Binding decisions are confirmed in a dialog naming the terms; the provider revises or withdraws a
// sent quote from the workspace; the database records who decided, when and from which browser.
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const WEBSITE_PACKAGE = 'b0000000-0000-4000-8000-000000000002'

/** A new Phương Đông engagement with a sent quote: 30% deposit before start, the balance at acceptance. */
async function engagementWithSentQuote(title: string) {
  const lan = await apiAs('lan')
  const created = await rpc(lan.rpc('create_engagement', { client_id: PHUONG_DONG, title }))
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: created.id,
      to_step: 'agreement',
      expected_version: created.version,
    }),
  )
  await rpc(
    lan.rpc('send_quote', {
      engagement_id: created.id,
      package_id: WEBSITE_PACKAGE,
      price_vnd: 45_000_000,
      scope: 'Website doanh nghiệp năm trang.',
      milestones: [
        { title: 'Thiết kế giao diện', responsible: 'provider' },
        { title: 'Lập trình và kiểm thử', responsible: 'provider' },
      ],
      payment_schedule: [
        {
          label: 'Đặt cọc 30%',
          label_code: 'deposit',
          amount_vnd: 13_500_000,
          due_condition: 'before_start',
        },
        {
          label: 'Phần còn lại',
          label_code: 'balance',
          amount_vnd: 31_500_000,
          due_condition: 'at_acceptance',
        },
      ],
    }),
  )
  return created.id
}

/** The engagement of `engagementWithSentQuote` accepted, paid before start, built, with a shared deliverable. */
async function engagementAtCompletion(title: string) {
  const [lan, an] = [await apiAs('lan'), await apiAs('an')]
  const id = await engagementWithSentQuote(title)
  const row = () => rpc(lan.from('engagements').select('version').eq('id', id).single())
  const move = async (db: typeof lan, toStep: 'implementation' | 'completion') =>
    rpc(
      db.rpc('transition_engagement', {
        engagement_id: id,
        to_step: toStep,
        expected_version: (await row()).version,
      }),
    )
  const quote = await rpc(
    an.from('quotes').select('id, version').eq('engagement_id', id).eq('status', 'sent').single(),
  )
  await rpc(
    an.rpc('transition_engagement', {
      engagement_id: id,
      to_step: 'payment',
      expected_version: (await row()).version,
      quote_id: quote.id,
      quote_version: quote.version,
    }),
  )
  const deposits = await rpc(
    an.from('payments').select('id').eq('engagement_id', id).eq('due_condition', 'before_start'),
  )
  for (const payment of deposits) {
    await rpc(an.rpc('submit_payment_proof', { payment_id: payment.id, note: 'Đã chuyển khoản' }))
    await rpc(lan.rpc('confirm_payment', { payment_id: payment.id }))
  }
  await move(lan, 'implementation')
  for (const milestone of await rpc(lan.from('milestones').select('id').eq('engagement_id', id)))
    await rpc(lan.rpc('mark_milestone_done', { milestone_id: milestone.id }))
  await move(lan, 'completion')
  const bytes = new TextEncoder().encode('Biên bản bàn giao website')
  const deliverable = await rpc(
    lan.rpc('register_document_upload', {
      engagement_id: id,
      name: 'ban-giao.txt',
      visibility: 'shared',
      mime_type: 'text/plain',
      size_bytes: bytes.byteLength,
      is_deliverable: true,
    }),
  )
  const upload = await lan.storage
    .from('engagement-documents')
    .upload(deliverable.storage_path, bytes, { contentType: 'text/plain' })
  if (upload.error) throw upload.error
  // Nothing third-party in this delivery: the register is complete, so the hand-over may go (P7).
  await rpc(lan.rpc('complete_licence_register', { engagement_id: id }))
  return id
}

async function stateOf(id: string) {
  const lan = await apiAs('lan')
  const engagement = await rpc(lan.from('engagements').select('step').eq('id', id).single())
  const quotes = await rpc(
    lan
      .from('quotes')
      .select('status, decided_by, decided_user_agent, decided_from')
      .eq('engagement_id', id)
      .order('created_at'),
  )
  return { step: engagement.step, quotes }
}

/** A browser of its own for a persona, signed in through the Auth API. */
async function pageAs(browser: Browser, persona: Persona): Promise<Page> {
  const response = await fetch(`${API_URL}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ email: personas[persona].email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const session = JSON.stringify(await response.json())
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('tams-auth')) window.localStorage.setItem('tams-auth', value)
  }, session)
  return context.newPage()
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}

test.describe('binding decisions', () => {
  test.describe.configure({ timeout: 120_000 })

  test('accepting a quote needs a confirmation naming its terms; cancelling leaves it undecided', async ({
    browser,
  }) => {
    const id = await engagementWithSentQuote('Xác nhận báo giá')
    const an = await pageAs(browser, 'an')
    await an.goto(`/client/engagements/${id}`)
    const quote = an.getByRole('region', { name: 'Báo giá' })
    await quote.getByRole('button', { name: 'Chấp nhận báo giá' }).click({ timeout: 20_000 })

    const dialog = an.getByRole('dialog', { name: 'Xác nhận chấp nhận báo giá' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByText('45.000.000 ₫')).toBeVisible()
    await expect(dialog.getByText('Đặt cọc (trước khi bắt đầu)')).toBeVisible()
    await expect(dialog.getByText('13.500.000 ₫')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Quay lại, chưa quyết định' })).toBeFocused()
    await expectAccessible(an)
    await screenshot(an, 'decisions-confirm-quote-vi')
    await dialog.getByRole('button', { name: 'Quay lại, chưa quyết định' }).click()
    await expect(dialog).toBeHidden()
    expect(await stateOf(id)).toMatchObject({ step: 'agreement', quotes: [{ status: 'sent' }] })

    await an.getByRole('button', { name: 'English' }).click()
    const quoteEn = an.getByRole('region', { name: 'Quote' })
    await quoteEn.getByRole('button', { name: 'Accept the quote' }).click()
    const dialogEn = an.getByRole('dialog', { name: 'Confirm accepting the quote' })
    await expect(dialogEn.getByText('Deposit (before work starts)')).toBeVisible()
    await screenshot(an, 'decisions-confirm-quote-en')
    await an.keyboard.press('Escape')
    await expect(dialogEn).toBeHidden()
    expect((await stateOf(id)).quotes).toMatchObject([{ status: 'sent' }])

    await quoteEn.getByRole('button', { name: 'Accept the quote' }).click()
    await dialogEn.getByRole('button', { name: 'I accept this quote' }).click()
    await expect(an.getByText('Step 3 of 7: Payment').first()).toBeVisible()
    const after = await stateOf(id)
    expect(after.step).toBe('payment')
    expect(after.quotes[0]?.decided_user_agent).toContain('Mozilla/5.0')
    expect(after.quotes[0]?.decided_from).toMatch(/^(127\.0\.0\.1|::1)$/)
    await an.context().close()

    // The staff's card says who accepted, when and from which browser.
    const lan = await pageAs(browser, 'lan')
    await lan.goto(`/engagements/${id}?tab=quote`)
    await expect(lan.getByRole('heading', { level: 1, name: 'Xác nhận báo giá' })).toBeVisible({
      timeout: 20_000,
    })
    await expect(lan.getByText(/Đỗ Văn An chấp nhận lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/)).toBeVisible()
    await expect(lan.getByText(/Trình duyệt: Mozilla\/5\.0/)).toBeVisible()
    await lan.context().close()
  })

  test('the provider revises the sent quote (deposit and balance date), then withdraws it', async ({
    browser,
  }) => {
    const id = await engagementWithSentQuote('Sửa và rút báo giá')
    const lan = await pageAs(browser, 'lan')
    await lan.goto(`/engagements/${id}?tab=quote`)
    await expect(lan.getByRole('heading', { level: 1, name: 'Sửa và rút báo giá' })).toBeVisible({
      timeout: 20_000,
    })
    const card = lan.getByRole('listitem').filter({ hasText: 'Đã gửi, chờ khách hàng' }).first()
    await expect(card.getByText('Thiết kế giao diện')).toBeVisible()
    await expect(card.getByText('Đặt cọc: 13.500.000 ₫ · trước khi bắt đầu')).toBeVisible()

    await card.getByRole('button', { name: 'Sửa' }).click()
    const form = lan.getByRole('form', { name: 'Sửa báo giá đã gửi' })
    await expect(form.getByLabel('Giá (VND)')).toBeFocused()
    await form.getByLabel('Giá (VND)').fill('9.000.000.000.000.000')
    await form.getByRole('button', { name: 'Gửi báo giá đã sửa' }).click()
    await expect(form.getByRole('alert')).toContainText('Số tiền quá lớn: tối đa 100.000.000.000 ₫')

    await form.getByLabel('Giá (VND)').fill('50.000.000')
    await form.getByLabel('Đặt cọc trước khi bắt đầu (%)').fill('40')
    await form.getByLabel('Phần còn lại đến hạn').selectOption('on_date')
    await form.getByLabel('Ngày đến hạn phần còn lại (dd/MM/yyyy)').fill('30/06/2027')
    await expect(form.getByText('Phần còn lại: 30.000.000 ₫ · vào ngày 30/06/2027')).toBeVisible()
    await expectAccessible(lan)
    await screenshot(lan, 'decisions-revise-quote-vi')
    await form.getByRole('button', { name: 'Gửi báo giá đã sửa' }).click()

    const revised = lan.getByRole('listitem').filter({ hasText: '50.000.000 ₫' }).first()
    await expect(revised.getByText('Đặt cọc: 20.000.000 ₫ · trước khi bắt đầu')).toBeVisible()
    await expect(lan.getByText('Đã thay thế')).toBeVisible()

    await revised.getByRole('button', { name: 'Rút lại' }).click()
    const dialog = lan.getByRole('dialog', { name: 'Rút lại báo giá đã gửi?' })
    await dialog.getByLabel('Lời nhắn cho khách hàng (không bắt buộc)').fill('Sẽ gửi lại sau buổi họp.')
    await screenshot(lan, 'decisions-withdraw-quote-vi')
    await dialog.getByRole('button', { name: 'Rút lại báo giá' }).click()
    await expect(revised.getByText('Đã rút lại ngày')).toBeVisible()
    expect((await stateOf(id)).quotes.map((quote) => quote.status)).toEqual(['superseded', 'withdrawn'])

    await lan.getByRole('button', { name: 'English' }).click()
    await expect(lan.getByText('Withdrawn on')).toBeVisible()
    await screenshot(lan, 'decisions-withdrawn-quote-en')
    await lan.context().close()

    const an = await pageAs(browser, 'an')
    await an.goto(`/client/engagements/${id}`)
    await expect(
      an
        .getByRole('region', { name: 'Báo giá' })
        .getByText('TAMS đã rút lại báo giá này: Sẽ gửi lại sau buổi họp.'),
    ).toBeVisible({ timeout: 20_000 })
    await expect(an.getByRole('button', { name: 'Chấp nhận báo giá' })).toHaveCount(0)
    await an.context().close()
  })

  test('a hand-over sends the client a note; accepting the delivery needs a confirmation', async ({
    browser,
  }) => {
    const id = await engagementAtCompletion('Bàn giao có ghi chú')
    const note = 'Website đã chạy tại phuongdong.vn; tài khoản quản trị gửi qua email.'
    const lan = await pageAs(browser, 'lan')
    await lan.goto(`/engagements/${id}?tab=acceptance`)
    const handOver = lan.getByRole('form', { name: 'Bàn giao cho khách hàng' })
    await expect(handOver).toBeVisible({ timeout: 20_000 })
    await handOver.getByLabel('Ghi chú bàn giao cho khách hàng (không bắt buộc)').fill(note)
    await expectAccessible(lan)
    await screenshot(lan, 'decisions-hand-over-vi')
    await handOver.getByRole('button', { name: 'Bàn giao để nghiệm thu' }).click()
    await expect(handOver).toBeHidden()

    const an = await pageAs(browser, 'an')
    await an.goto(`/client/engagements/${id}`)
    const acceptance = an.getByRole('region', { name: 'Nghiệm thu' })
    await expect(acceptance.getByText('Ghi chú bàn giao của TAMS')).toBeVisible({ timeout: 20_000 })
    await expect(acceptance.getByText(note)).toBeVisible()
    await acceptance.getByRole('button', { name: 'Nghiệm thu, bắt đầu bảo hành' }).click()
    const dialog = an.getByRole('dialog', { name: 'Xác nhận nghiệm thu' })
    await expect(dialog).toBeVisible()
    await screenshot(an, 'decisions-confirm-acceptance-vi')
    await dialog.getByRole('button', { name: 'Quay lại, chưa quyết định' }).click()
    expect((await stateOf(id)).step).toBe('acceptance')
    await an.getByRole('button', { name: 'English' }).click()
    await an.getByRole('button', { name: 'Accept and start the warranty' }).click()
    await screenshot(an, 'decisions-confirm-acceptance-en')
    await an
      .getByRole('dialog')
      .getByRole('button', { name: 'I accept the work and start the warranty' })
      .click()
    await expect(an.getByText('Step 7 of 7: Warranty & support').first()).toBeVisible()
    await an.context().close()

    await lan.reload()
    await expect(lan.getByText(/Đỗ Văn An chấp nhận lúc/)).toBeVisible({ timeout: 20_000 })
    await lan.context().close()
  })
})
