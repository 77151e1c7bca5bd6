import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Browser, type Page, type Response } from '@playwright/test'

import { ANON_KEY, API_URL, apiAs, rpc } from './api'
import { DEMO_PASSWORD, personas, type Persona } from './personas'
import { screenshot } from './sign-in'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const WEBSITE_PACKAGE = 'b0000000-0000-4000-8000-000000000002'
const BUCKET = 'engagement-documents'

async function engagementRow(id: string) {
  return rpc((await apiAs('lan')).from('engagements').select('id, code, step, version').eq('id', id).single())
}

/** A new Phương Đông engagement managed by Lan, with a sent quote awaiting the approver. */
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
      scope: 'Website doanh nghiệp năm trang, hướng dẫn quản trị.',
      milestones: [
        { title: 'Thiết kế giao diện', responsible: 'provider' },
        { title: 'Lập trình và kiểm thử', responsible: 'provider' },
      ],
    }),
  )
  return engagementRow(created.id)
}

/** Walks a new engagement up to acceptance through the RPCs, as each side would. */
async function engagementAwaitingAcceptance(title: string) {
  const lan = await apiAs('lan')
  const an = await apiAs('an')
  const sent = await engagementWithSentQuote(title)
  const quote = await rpc(
    an.from('quotes').select('id, version').eq('engagement_id', sent.id).eq('status', 'sent').single(),
  )
  await rpc(
    an.rpc('transition_engagement', {
      engagement_id: sent.id,
      to_step: 'payment',
      expected_version: sent.version,
      quote_id: quote.id,
      quote_version: quote.version,
    }),
  )
  const payments = await rpc(an.from('payments').select('id').eq('engagement_id', sent.id))
  for (const payment of payments) {
    await rpc(an.rpc('submit_payment_proof', { payment_id: payment.id, note: 'Đã chuyển khoản' }))
    await rpc(lan.rpc('confirm_payment', { payment_id: payment.id }))
  }
  let row = await engagementRow(sent.id)
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: row.id,
      to_step: 'implementation',
      expected_version: row.version,
    }),
  )
  const milestones = await rpc(lan.from('milestones').select('id').eq('engagement_id', row.id))
  for (const milestone of milestones)
    await rpc(lan.rpc('mark_milestone_done', { milestone_id: milestone.id }))
  row = await engagementRow(row.id)
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: row.id,
      to_step: 'completion',
      expected_version: row.version,
    }),
  )
  const bytes = new TextEncoder().encode('Biên bản bàn giao website')
  const deliverable = await rpc(
    lan.rpc('register_document_upload', {
      engagement_id: row.id,
      name: 'ban-giao-website.txt',
      visibility: 'shared',
      mime_type: 'text/plain',
      size_bytes: bytes.byteLength,
      is_deliverable: true,
    }),
  )
  const upload = await lan.storage
    .from(BUCKET)
    .upload(deliverable.storage_path, bytes, { contentType: 'text/plain' })
  if (upload.error) throw upload.error
  await rpc(lan.rpc('complete_licence_register', { engagement_id: row.id }))
  row = await engagementRow(row.id)
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: row.id,
      to_step: 'acceptance',
      expected_version: row.version,
    }),
  )
  return engagementRow(row.id)
}

/**
 * A browser of its own for a persona, signed in through the Auth API with a session of its own
 * (the shared saved sessions belong to whichever stack last ran the setup project).
 */
async function pageAs(browser: Browser, persona: Persona, viewport: { width: number; height: number }) {
  const response = await fetch(`${API_URL}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ email: personas[persona].email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const session = JSON.stringify(await response.json())
  const context = await browser.newContext({ viewport })
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

/** A binding decision is taken only in its confirmation dialog. */
async function confirmDecision(page: Page, confirm: string) {
  await page.getByRole('dialog').getByRole('button', { name: confirm }).click()
}

async function switchTo(page: Page, language: 'English' | 'Tiếng Việt') {
  await page.getByRole('button', { name: language }).click()
}

/** dd/MM/yyyy in Ho Chi Minh City, as the app shows dates. */
function dmy(iso: string | null): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso ?? ''))
}

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const

for (const [size, viewport] of Object.entries(viewports)) {
  test.describe.serial(`client portal on ${size}`, () => {
    // Each test first walks its own engagement through the workflow functions.
    test.describe.configure({ timeout: 120_000 })

    test('the approver accepts a quote; a member is told it waits on the approver and nothing changes', async ({
      browser,
    }) => {
      const engagement = await engagementWithSentQuote(`Báo giá ${size}`)

      const binh = await pageAs(browser, 'binh', viewport)
      await binh.goto('/')
      await expect(binh).toHaveURL('/client')
      await expect(binh.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
      const waiting = binh.getByRole('region', { name: 'Việc đang chờ bạn' })
      await waiting
        .getByRole('link', { name: new RegExp(`Xem và chấp nhận báo giá.*${engagement.code}`) })
        .click()
      await expect(binh.getByRole('heading', { level: 1, name: `Báo giá ${size}` })).toBeVisible()
      const quote = binh.getByRole('region', { name: 'Báo giá' })
      await expect(quote.getByText('45.000.000 ₫').first()).toBeVisible()
      // The decision is the approver's, by name: a member gets no button that would fail.
      await expect(
        quote.getByText('Đang chờ người phê duyệt của bạn: Đỗ Văn An', { exact: false }),
      ).toBeVisible()
      await expect(quote.getByRole('button', { name: 'Chấp nhận báo giá' })).toHaveCount(0)
      expect((await engagementRow(engagement.id)).step).toBe('agreement')
      await expectAccessible(binh)
      await binh.context().close()

      const an = await pageAs(browser, 'an', viewport)
      await an.goto(`/client/engagements/${engagement.id}`)
      const anQuote = an.getByRole('region', { name: 'Báo giá' })
      await expect(anQuote.getByText('Chờ bạn quyết định')).toBeVisible()
      await expect(anQuote.getByText(/Chỉ người phê duyệt/)).toHaveCount(0)
      await screenshot(an, `client-quote-${size}-vi`)
      await anQuote.getByRole('button', { name: 'Chấp nhận báo giá' }).click()
      await confirmDecision(an, 'Tôi chấp nhận báo giá này')
      await expect(an.getByText('Bước 3/7: Thanh toán').first()).toBeVisible()
      expect((await engagementRow(engagement.id)).step).toBe('payment')
      const payments = an.getByRole('region', { name: 'Thanh toán' })
      await expect(payments.getByText('Thông tin chuyển khoản của TAMS - SAGOS')).toBeVisible()
      await expect(payments.getByText('45.000.000 ₫').first()).toBeVisible()
      await screenshot(an, `client-payment-${size}-vi`)
      await an.context().close()
    })

    test('a confidential upload: Lan opens it, Minh cannot, the client sees who opened it', async ({
      browser,
    }) => {
      const engagement = await engagementWithSentQuote(`Tài liệu ${size}`)
      const name = `hop-dong-bao-mat-${size}.pdf`
      const an = await pageAs(browser, 'an', viewport)
      await an.goto(`/client/engagements/${engagement.id}#documents`)
      const documents = an.getByRole('region', { name: 'Tài liệu' })
      // Checked before anything is sent: a type the bucket refuses.
      await documents
        .getByLabel('Tệp')
        .setInputFiles({ name: 'virus.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') })
      await expect(documents.getByRole('alert')).toContainText('Chỉ nhận tệp PDF')
      await documents.getByLabel('Tệp').setInputFiles({
        name,
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% hợp đồng bảo mật\n'),
      })
      await documents.getByLabel('Bảo mật').check()
      await documents.getByRole('button', { name: 'Tải lên' }).click()
      await expect(documents.getByText(name)).toBeVisible()

      const [document] = await rpc(
        (await apiAs('an'))
          .from('documents')
          .select('id, storage_path, visibility')
          .eq('engagement_id', engagement.id)
          .eq('name', name),
      )
      expect(document?.visibility).toBe('confidential')
      if (!document) throw new Error('uploaded document not found')

      const lan = await apiAs('lan')
      const signed = await lan.functions.invoke('document-link', {
        body: { document_id: document.id },
      })
      expect(signed.error).toBeNull()
      const bytes = await fetch(String(signed.data?.signedUrl))
      expect(bytes.status).toBe(200)
      expect(await bytes.text()).toContain('PDF-1.4')
      // Not even her own account manager signs straight from Storage: only the logged way works.
      const direct = await lan.storage.from(BUCKET).createSignedUrl(document.storage_path, 60)
      expect(direct.data).toBeNull()

      const minh = await apiAs('minh')
      const refused = await minh.rpc('log_document_access', { document_id: document.id })
      expect(refused.error?.message).toBe('document_not_found')
      const minhLink = await minh.functions.invoke('document-link', {
        body: { document_id: document.id },
      })
      expect(minhLink.data).toBeNull()

      await an.reload()
      const item = documents.getByRole('listitem').filter({ hasText: name })
      await item.getByText(/Ai đã mở tài liệu/).click()
      await expect(
        item.getByText(/Nguyễn Thị Lan \(TAMS\) mở lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/),
      ).toBeVisible()
      await expect(item.getByText(/Lê Văn Minh/)).toHaveCount(0)
      await expectAccessible(an)
      await screenshot(an, `client-documents-${size}-vi`)
      await an.context().close()
    })

    test('acceptance starts the warranty; a claim is opened, resolved by staff and confirmed', async ({
      browser,
    }) => {
      const engagement = await engagementAwaitingAcceptance(`Nghiệm thu ${size}`)
      const an = await pageAs(browser, 'an', viewport)
      await an.goto('/client')
      await an
        .getByRole('region', { name: 'Việc đang chờ bạn' })
        .getByRole('link', { name: new RegExp(`Nghiệm thu sản phẩm bàn giao.*${engagement.code}`) })
        .click()
      const acceptance = an.getByRole('region', { name: 'Nghiệm thu' })
      await expect(acceptance.getByRole('link', { name: 'ban-giao-website.txt' })).toBeVisible()
      await screenshot(an, `client-acceptance-${size}-vi`)
      await acceptance.getByRole('button', { name: 'Nghiệm thu, bắt đầu bảo hành' }).click()
      await confirmDecision(an, 'Tôi nghiệm thu và bắt đầu bảo hành')
      await expect(an.getByText('Bước 7/7: Bảo hành & hỗ trợ').first()).toBeVisible()
      const warrantyRow = await rpc(
        (await apiAs('an'))
          .from('engagements')
          .select('step, warranty_starts_at, warranty_ends_at')
          .eq('id', engagement.id)
          .single(),
      )
      expect(warrantyRow.step).toBe('warranty')
      const period = `${dmy(warrantyRow.warranty_starts_at)} – ${dmy(warrantyRow.warranty_ends_at)}`
      const warranty = an.getByRole('region', { name: 'Bảo hành' })
      await expect(warranty.getByText(`Thời gian bảo hành: ${period}.`)).toBeVisible()
      await expect(acceptance.getByText(/Bảo hành từ .* đến hết/)).toBeVisible()

      await warranty.getByLabel('Tiêu đề lỗi').fill('Trang liên hệ không gửi được')
      await warranty.getByLabel(/Mô tả lỗi/).fill('Bấm Gửi ở trang Liên hệ thì báo lỗi 500.')
      await warranty.getByRole('button', { name: 'Gửi yêu cầu bảo hành' }).click()
      const claimItem = warranty.getByRole('listitem').filter({ hasText: 'Trang liên hệ không gửi được' })
      await expect(claimItem.getByText('Chờ TAMS tiếp nhận')).toBeVisible()
      await expect(claimItem.getByText('Hạn khắc phục:')).toBeVisible()

      const [claim] = await rpc(
        (await apiAs('an')).from('warranty_claims').select('id').eq('engagement_id', engagement.id),
      )
      if (!claim) throw new Error('claim not found')
      await rpc(
        (await apiAs('manager')).rpc('triage_warranty_claim', {
          claim_id: claim.id,
          coverage: 'in_warranty',
          priority: 'high',
          assigned_to: 'a0000000-0000-4000-8000-000000000003',
        }),
      )
      await rpc(
        (await apiAs('lan')).rpc('resolve_warranty_claim', {
          claim_id: claim.id,
          resolution: 'Sửa cấu hình gửi thư.',
        }),
      )

      await an.reload()
      await expect(claimItem.getByText('Đã sửa, chờ bạn xác nhận')).toBeVisible()
      await expect(claimItem.getByText('Cách khắc phục: Sửa cấu hình gửi thư.')).toBeVisible()
      await expectAccessible(an)
      await screenshot(an, `client-warranty-${size}-vi`)
      await claimItem.getByRole('button', { name: 'Xác nhận đã sửa xong' }).click()
      await expect(claimItem.getByText('Đã đóng')).toBeVisible()
      const closed = await rpc(
        (await apiAs('an')).from('warranty_claims').select('status').eq('id', claim.id).single(),
      )
      expect(closed.status).toBe('closed')

      await switchTo(an, 'English')
      await expect(an.getByRole('region', { name: 'Warranty' }).getByText('Closed')).toBeVisible()
      await screenshot(an, `client-engagement-${size}-en`)
      await an.goto('/client')
      await expect(an.getByRole('heading', { level: 1, name: 'Your engagements' })).toBeVisible()
      await expectAccessible(an)
      await screenshot(an, `client-home-${size}-en`)
      await switchTo(an, 'Tiếng Việt')
      await expect(an.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
      await screenshot(an, `client-home-${size}-vi`)
      await an.context().close()
    })
  })
}

/** The approver's page with its live channel cut, so it keeps showing what it first loaded. */
async function staleApproverPage(browser: Browser, path: string) {
  const an = await pageAs(browser, 'an', viewports.desktop)
  await an.routeWebSocket(/\/realtime\//, () => undefined)
  await an.goto(path)
  return an
}

test.describe('a decision on terms that changed while the page was open', () => {
  test.describe.configure({ timeout: 90_000 })

  test('a quote revised from 45M to 95M: the acceptance is refused, the new quote is shown, then accepted', async ({
    browser,
  }) => {
    const engagement = await engagementWithSentQuote('Báo giá đổi giữa chừng')
    const an = await staleApproverPage(browser, `/client/engagements/${engagement.id}`)
    const quote = an.getByRole('region', { name: 'Báo giá' })
    await expect(quote.getByText('45.000.000 ₫').first()).toBeVisible()

    await rpc(
      (await apiAs('lan')).rpc('send_quote', {
        engagement_id: engagement.id,
        package_id: WEBSITE_PACKAGE,
        price_vnd: 95_000_000,
        scope: 'Website doanh nghiệp mười trang.',
        milestones: [{ title: 'Thiết kế và lập trình', responsible: 'provider' }],
      }),
    )
    await quote.getByRole('button', { name: 'Chấp nhận báo giá' }).click()
    await confirmDecision(an, 'Tôi chấp nhận báo giá này')
    await expect(quote.getByRole('alert')).toContainText('báo giá mới đang hiển thị')
    await expect(quote.getByText('95.000.000 ₫').first()).toBeVisible()
    expect((await engagementRow(engagement.id)).step).toBe('agreement')

    await quote.getByRole('button', { name: 'Chấp nhận báo giá' }).click()
    await confirmDecision(an, 'Tôi chấp nhận báo giá này')
    await expect(an.getByText('Bước 3/7: Thanh toán').first()).toBeVisible()
    const accepted = await rpc(
      (await apiAs('lan')).from('engagements').select('agreed_price_vnd').eq('id', engagement.id).single(),
    )
    expect(accepted.agreed_price_vnd).toBe(95_000_000)
    await an.context().close()
  })

  test('a change request re-quoted from 6M to 60M: the approval is refused and creates no payment', async ({
    browser,
  }) => {
    const engagement = await engagementAwaitingAcceptance('Thay đổi báo giá lại')
    const lan = await apiAs('lan')
    const change = await rpc(
      (await apiAs('binh')).rpc('submit_change_request', {
        engagement_id: engagement.id,
        title: 'Thêm trang tuyển dụng',
        description: 'Một trang tuyển dụng có biểu mẫu ứng tuyển.',
      }),
    )
    const requote = (price: number) =>
      rpc(
        lan.rpc('quote_change_request', {
          change_request_id: change.id,
          extra_price_vnd: price,
          extra_days: 3,
        }),
      )
    await requote(6_000_000)
    const an = await staleApproverPage(browser, `/client/engagements/${engagement.id}#change-requests`)
    const changes = an.getByRole('region', { name: 'Yêu cầu thay đổi' })
    await expect(changes.getByText('thêm 6.000.000 ₫')).toBeVisible()

    await requote(60_000_000)
    await changes.getByRole('button', { name: 'Đồng ý báo giá thay đổi' }).click()
    await confirmDecision(an, 'Tôi duyệt thay đổi này')
    await expect(changes.getByRole('alert')).toContainText('giá mới đang hiển thị')
    await expect(changes.getByText('thêm 60.000.000 ₫')).toBeVisible()
    const extraPayments = () =>
      rpc(
        lan
          .from('payments')
          .select('amount_vnd')
          .eq('engagement_id', engagement.id)
          .eq('kind', 'change_request'),
      )
    expect(await extraPayments()).toEqual([])

    await changes.getByRole('button', { name: 'Đồng ý báo giá thay đổi' }).click()
    await confirmDecision(an, 'Tôi duyệt thay đổi này')
    await expect(changes.getByText('Đã duyệt')).toBeVisible()
    expect(await extraPayments()).toEqual([{ amount_vnd: 60_000_000 }])
    await an.context().close()
  })
})

test.describe('the client UI asks only for what clients may see', () => {
  test.describe.configure({ timeout: 60_000 })

  test('an approver’s requests exclude internal documents, internal events and draft quotes', async ({
    browser,
  }) => {
    const an = await pageAs(browser, 'an', viewports.desktop)
    const urls: string[] = []
    an.on('request', (request) => {
      if (request.url().includes('/rest/v1/')) urls.push(decodeURIComponent(request.url()))
    })
    // Phương Đông's on-hold engagement has a draft quote; the one in completion has an internal document.
    for (const suffix of ['108', '105', '104']) {
      await an.goto(`/client/engagements/e0000000-0000-4000-8000-000000000${suffix}`)
      await expect(an.getByRole('heading', { level: 1 })).toBeVisible()
      await an.waitForLoadState('networkidle')
    }
    await expect(an.getByText('ghi-chu-noi-bo.txt')).toHaveCount(0)
    const documents = urls.filter((url) => url.includes('/rest/v1/documents?'))
    const events = urls.filter((url) => url.includes('/rest/v1/engagement_events?'))
    const quotes = urls.filter((url) => url.includes('/rest/v1/quotes?'))
    expect(documents.length).toBeGreaterThan(0)
    for (const url of documents) expect(url).toContain('visibility=neq.internal')
    for (const url of events) expect(url).toContain('visible_to_client=eq.true')
    for (const url of quotes) expect(url).toContain('sent_at=not.is.null')
    await an.context().close()
  })
})

test.describe('another company (Chi, Sao Biển)', () => {
  test.describe.configure({ timeout: 90_000 })

  test('sees none of Phương Đông: not on screen, not in any REST response', async ({ browser }) => {
    const an = await apiAs('an')
    const ours = await rpc(an.from('engagements').select('id, code, title'))
    const ourDocuments = await rpc(an.from('documents').select('id, name'))
    expect(ours.length).toBeGreaterThan(5)
    const foreign = [...ours.flatMap((e) => [e.id, e.code]), ...ourDocuments.map((d) => d.id), 'Phương Đông']

    const chi = await pageAs(browser, 'chi', viewports.phone)
    const bodies: { url: string; body: string }[] = []
    const pending: Promise<void>[] = []
    chi.on('response', (response: Response) => {
      if (!response.url().includes('/rest/v1/')) return
      pending.push(
        response.text().then(
          (body) => void bodies.push({ url: response.url(), body }),
          () => undefined,
        ),
      )
    })
    await chi.goto('/client')
    await expect(chi.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
    await expect(
      chi.getByRole('region', { name: 'Tất cả dự án' }).getByRole('listitem').first(),
    ).toBeVisible()
    const ownCards = chi.getByRole('region', { name: 'Tất cả dự án' }).getByRole('link')
    const count = await ownCards.count()
    for (let index = 0; index < Math.min(count, 4); index += 1) {
      await chi.goto('/client')
      await chi.getByRole('region', { name: 'Tất cả dự án' }).getByRole('link').nth(index).click()
      await expect(chi.getByText(/Bước \d\/7/).first()).toBeVisible()
      await chi.waitForLoadState('networkidle')
    }
    // Even a direct address of Phương Đông's engagement shows nothing of it.
    const target = ours[0]
    if (!target) throw new Error('no engagement')
    await chi.goto(`/client/engagements/${target.id}`)
    await expect(chi.getByRole('heading', { name: /Không tìm thấy dự án này/ })).toBeVisible()
    await expect(chi.getByText(target.title)).toHaveCount(0)
    await chi.waitForLoadState('networkidle')
    await Promise.all(pending)

    expect(bodies.length).toBeGreaterThan(10)
    for (const { url, body } of bodies) {
      for (const id of foreign) expect(body, `${url} leaks ${id}`).not.toContain(id)
      // Every seeded Phương Đông row id ends in 0000000001NN (engagement suffix).
      expect(body, `${url} leaks a seeded Phương Đông row`).not.toMatch(
        /[0-9a-f]{8}-0000-4000-8000-0000000001\d\d/,
      )
    }
    await expectAccessible(chi)
    await screenshot(chi, 'client-home-other-company-phone-vi')
    await chi.context().close()
  })
})
