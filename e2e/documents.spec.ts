import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'

import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'

import { ANON_KEY, API_URL, apiAs, rpc } from './api'
import { pdfText, screenshotFirstPage } from './pdf'
import { DEMO_PASSWORD, personas, type Persona } from './personas'

// Seeded Phương Đông engagements (supabase/seed.sql): a sent quote of 45.000.000 đ, a due
// installment of 60.000.000 đ, and a delivery awaiting An's acceptance.
const SENT_QUOTE_ENGAGEMENT = 'e0000000-0000-4000-8000-000000000102'
const DUE_PAYMENT_ENGAGEMENT = 'e0000000-0000-4000-8000-000000000103'
const DUE_PAYMENT = 'd3020000-0000-4000-8000-000000000103'
const AWAITING_ACCEPTANCE = 'e0000000-0000-4000-8000-000000000106'
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'
const PHONE = { width: 390, height: 844 }

/** A browser of its own for a persona, signed in through the Auth API. */
async function pageAs(browser: Browser, persona: Persona, viewport = { width: 1280, height: 900 }) {
  const response = await fetch(`${API_URL}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ email: personas[persona].email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const session = JSON.stringify(await response.json())
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('tams-auth')) window.localStorage.setItem('tams-auth', value)
  }, session)
  return context.newPage()
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

/** What a phone camera would read: the element as screenshotted, decoded with jsQR. */
async function decodeQr(page: Page, code: Locator): Promise<string | null> {
  const png = (await code.screenshot()).toString('base64')
  const pixels = await page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = Object.assign(document.createElement('canvas'), {
      width: image.width,
      height: image.height,
    })
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { width, height } = canvas
    return { width, height, rgba: Array.from(context.getImageData(0, 0, width, height).data) }
  }, png)
  return jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data ?? null
}

/** The TLV fields of an EMV payload, strictly (a wrong length throws). */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (let at = 0; at < text.length;) {
    const length = Number(text.slice(at + 2, at + 4))
    const value = text.slice(at + 4, at + 4 + length)
    if (value.length !== length) throw new Error(`cut short at ${at}`)
    fields.set(text.slice(at, at + 2), value)
    at += 4 + length
  }
  return fields
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

// Documents are made by an Edge Function (a Deno process started on first use) on a shared machine.
test.describe.configure({ timeout: 120_000 })
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }))

test('An opens a due payment on a phone and its VietQR code scans to the bank, account, amount and reference', async ({
  browser,
}) => {
  const an = await apiAs('an')
  const account = await rpc(an.from('company_settings').select('bank_bin, bank_account_number').single())
  const payment = await rpc(
    an.from('payments').select('amount_vnd, transfer_reference').eq('id', DUE_PAYMENT).single(),
  )
  expect(payment.transfer_reference).toMatch(/^TS20260003 P\d+$/)

  const page = await pageAs(browser, 'an', PHONE)
  await page.goto(`/client/engagements/${DUE_PAYMENT_ENGAGEMENT}#payments`)
  const qr = page.getByRole('img', { name: /Mã VietQR chuyển 60\.000\.000/ })
  await expect(qr).toBeVisible({ timeout: 30_000 })
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(250)
  await qr.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/documents-vietqr-phone-vi.png` })

  const payload = await decodeQr(page, qr)
  expect(payload).not.toBeNull()
  const root = tlv(payload!)
  const beneficiary = tlv(tlv(root.get('38')!).get('01')!)
  expect(beneficiary.get('00')).toBe(account.bank_bin)
  expect(beneficiary.get('01')).toBe(account.bank_account_number)
  expect(root.get('54')).toBe(String(payment.amount_vnd))
  expect(tlv(root.get('62')!).get('08')).toBe(payment.transfer_reference)
  expect(root.get('53')).toBe('704')

  const section = page.getByRole('region', { name: 'Mã VietQR chuyển khoản' }).first()
  await expect(section.getByText(payment.transfer_reference)).toBeVisible()
  await expect(section.getByRole('button', { name: 'Sao chép Nội dung chuyển khoản' })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('img', { name: /VietQR code to transfer/ }).first()).toBeVisible()
  await page
    .getByRole('img', { name: /VietQR code to transfer/ })
    .first()
    .scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/documents-vietqr-phone-en.png` })
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  await page.context().close()
})

test('the quote downloads as a PDF whose text gives the price in Vietnamese words', async ({ browser }) => {
  const page = await pageAs(browser, 'an')
  await page.goto(`/client/engagements/${SENT_QUOTE_ENGAGEMENT}`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải báo giá (PDF)' }).click({ timeout: 30_000 })
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^Báo giá BG-TS-2026-0002-\d+\.pdf$/)
  const bytes = readFileSync((await download.path())!)
  const text = await pdfText(bytes)
  expect(text).toContain('BÁO GIÁ DỊCH VỤ')
  expect(text).toContain('Bằng chữ: Bốn mươi lăm triệu đồng.')
  expect(text).toContain('Công ty TNHH Phương Đông')
  await screenshotFirstPage(page, bytes, `${SHOTS}/documents-quote-page1.png`)
  await page.context().close()
})

test('when An accepts the delivery the minutes are among the documents, sealed with the hash of their bytes', async ({
  browser,
}) => {
  const page = await pageAs(browser, 'an')
  await page.goto(`/client/engagements/${AWAITING_ACCEPTANCE}#acceptance`)
  await page.getByRole('button', { name: 'Nghiệm thu, bắt đầu bảo hành' }).click()
  await page.getByRole('button', { name: 'Tôi nghiệm thu và bắt đầu bảo hành' }).click()
  // The minutes are made as the acceptance is recorded (a Deno process may start for it first).
  await expect(page.getByRole('button', { name: 'Tải biên bản nghiệm thu (PDF)' })).toBeVisible({
    timeout: 60_000,
  })
  await expect(page.getByText(/Biên bản nghiệm thu NT-TS-2026-0006-\d+\.pdf/).first()).toBeVisible()

  const an = await apiAs('an')
  const acceptance = await rpc(
    an
      .from('acceptances')
      .select('id, minutes_document_id, minutes_sha256')
      .eq('engagement_id', AWAITING_ACCEPTANCE)
      .eq('decision', 'accepted')
      .single(),
  )
  await expect(page.getByText(`Mã SHA-256 đã lưu: ${acceptance.minutes_sha256}`)).toBeVisible()
  const link = await an.functions.invoke('document-link', {
    body: { document_id: acceptance.minutes_document_id },
  })
  expect(link.error).toBeNull()
  const stored = new Uint8Array(await (await fetch(link.data.signedUrl)).arrayBuffer())
  expect(sha256(stored)).toBe(acceptance.minutes_sha256)
  const text = await pdfText(stored)
  expect(text).toContain('BIÊN BẢN NGHIỆM THU')
  expect(text).toContain(personas.an.name)
  // The handover (P5) and the licence register (P7) of the delivery, as seeded.
  expect(text).toContain('Bàn giao và đào tạo')
  expect(text).toContain('Đào tạo quản trị nội dung')
  expect(text).toContain('Be Vietnam Pro')
  expect(text).toContain('SIL Open Font License 1.1')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải biên bản nghiệm thu (PDF)' }).click()
  expect(sha256(readFileSync((await (await downloading).path())!))).toBe(acceptance.minutes_sha256)
  await page.screenshot({ path: `${SHOTS}/documents-acceptance-vi.png`, fullPage: true })
  await screenshotFirstPage(page, stored, `${SHOTS}/documents-minutes-page1.png`)
  await page.context().close()
})

test('a confirmed payment gives a receipt PDF', async ({ browser }) => {
  const an = await apiAs('an')
  const confirmed = await rpc(
    an.from('payments').select('id, engagement_id, amount_vnd').eq('status', 'confirmed').limit(1).single(),
  )
  const page = await pageAs(browser, 'an')
  await page.goto(`/client/engagements/${confirmed.engagement_id}#payments`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải xác nhận thanh toán (PDF)' }).first().click({ timeout: 30_000 })
  const bytes = readFileSync((await (await downloading).path())!)
  expect(await pdfText(bytes)).toContain('XÁC NHẬN THANH TOÁN')
  await screenshotFirstPage(page, bytes, `${SHOTS}/documents-receipt-page1.png`)
  await page.context().close()
})
