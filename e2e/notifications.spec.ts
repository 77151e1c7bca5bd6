import { AxeBuilder } from '@axe-core/playwright'
import { expect as baseExpect, test, type Browser, type Locator, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { storageStateOf, type Persona } from './personas'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const LANDING_PAGE_PACKAGE = 'b0000000-0000-4000-8000-000000000001'
test.describe.configure({ timeout: 120_000 })
/** The shared machine is slow to load the lazy panels; what a user sees is still what is waited on. */
const expect = baseExpect.configure({ timeout: 20_000 })

const MAIL_URL = process.env.MAIL_URL ?? 'http://127.0.0.1:54324'
const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:5173'
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots'

/** A new Phương Đông engagement in `agreement`, Lan its account manager, no quote yet. */
async function engagementInAgreement(title: string) {
  const lan = await apiAs('lan')
  const created = await rpc(lan.rpc('create_engagement', { client_id: PHUONG_DONG, title }))
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: created.id,
      to_step: 'agreement',
      expected_version: created.version,
    }),
  )
  return created
}

async function pageAs(browser: Browser, persona: Persona, language: 'vi' | 'en' = 'vi'): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStateOf(persona),
    locale: language === 'vi' ? 'vi-VN' : 'en-GB',
  })
  const page = await context.newPage()
  if (language === 'en') await page.addInitScript(() => window.localStorage.setItem('tams.language', 'en'))
  return page
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}

/** Resolves once the page has joined a Realtime channel whose topic starts with `topic`. */
function joinedChannel(page: Page, topic: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8')
        if (text.includes(`"realtime:${topic}`) && text.includes('phx_reply') && text.includes('"ok"'))
          resolve()
      })
    })
  })
}

/** What the mail catcher holds for an address (maildev's REST API). */
async function emailsTo(address: string): Promise<{ subject: string; html: string }[]> {
  const response = await fetch(`${MAIL_URL}/api/email`)
  const emails = (await response.json()) as { subject: string; html: string; to: { address: string }[] }[]
  return emails.filter((email) => email.to.some((to) => to.address === address))
}

/** The thread's messages, apart from the composer (a message being written is no message yet). */
const messagesIn = (panel: Locator) => panel.getByRole('list', { name: /^(Tin nhắn|Messages)$/ })

const bell = (page: Page) => page.getByRole('link', { name: /^(Thông báo|Notifications),/ })

/** The bell's unread count; the bell names one only once it has arrived. */
async function unreadOf(page: Page): Promise<number> {
  await expect(bell(page)).toBeVisible()
  const label = (await bell(page).getAttribute('aria-label')) ?? ''
  const match = /(\d+) chưa đọc$/.exec(label)
  return match ? Number(match[1]) : 0
}

/** The bell's whole label for `count` unread notifications, in Vietnamese. */
const unreadLabel = (count: number) =>
  count === 0 ? /^Thông báo, không có thông báo chưa đọc$/ : new RegExp(`^Thông báo, ${count} chưa đọc$`)

test('Lan sends a quote: An sees the bell rise without reload, opens it and lands on the quote', async ({
  browser,
}) => {
  const engagement = await engagementInAgreement('E2E thông báo báo giá')
  const an = await pageAs(browser, 'an')
  const joined = joinedChannel(an, 'notifications:')
  await an.goto('/client')
  await expect(bell(an)).toBeVisible()
  await joined
  const before = await unreadOf(an)
  await an.evaluate(() => document.documentElement.setAttribute('data-still-here', 'yes'))

  await rpc(
    (await apiAs('lan')).rpc('send_quote', {
      engagement_id: engagement.id,
      package_id: LANDING_PAGE_PACKAGE,
      price_vnd: 15_000_000,
      scope: 'Trang giới thiệu sản phẩm mới.',
      milestones: [{ title: 'Thiết kế và đưa lên mạng', responsible: 'provider' }],
    }),
  )
  await expect(bell(an)).toHaveAttribute('aria-label', unreadLabel(before + 1))
  await expect(an.locator('html')).toHaveAttribute('data-still-here', 'yes')

  await bell(an).click()
  await expect(an.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible()
  await expectNoSeriousAxeViolations(an)
  await an.screenshot({ path: `${SHOTS}/notifications-vi.png`, fullPage: true })
  await an.getByRole('link', { name: new RegExp(`${engagement.code} · Đến lượt bạn: Duyệt báo giá`) }).click()
  await expect(an).toHaveURL(new RegExp(`/client/engagements/${engagement.id}#quote$`))
  await expect(an.locator('#quote')).toBeVisible()
  await expect(bell(an)).toHaveAttribute('aria-label', unreadLabel(before))

  // The same notification by email, with the engagement code and the link to the quote.
  const link = `${APP_URL}/client/engagements/${engagement.id}#quote`
  await expect
    .poll(
      async () => {
        const emails = await emailsTo('an@phuongdong.test')
        return emails.some((email) => email.subject.includes(engagement.code) && email.html.includes(link))
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  await an.context().close()
})

test('a client writes, Lan answers, and Lan’s internal note never shows to the client', async ({
  browser,
}) => {
  const engagement = await engagementInAgreement('E2E trao đổi')
  const binh = await pageAs(browser, 'binh')
  await binh.goto(`/client/engagements/${engagement.id}#conversation`)
  const binhPanel = binh.getByRole('region', { name: 'Trao đổi' })
  await expect(binhPanel).toBeVisible()
  await expect(binhPanel.getByText('Ghi chú nội bộ')).toHaveCount(0)
  await binhPanel.getByLabel('Tin nhắn của bạn').fill('Chúng tôi muốn thêm trang tuyển dụng.')
  await binhPanel.getByRole('button', { name: 'Gửi' }).click()
  await expect(messagesIn(binhPanel).getByText('Chúng tôi muốn thêm trang tuyển dụng.')).toBeVisible()

  const lan = await pageAs(browser, 'lan')
  await lan.goto(`/engagements/${engagement.id}#conversation`)
  const lanPanel = lan.getByRole('region', { name: 'Trao đổi' })
  await expect(messagesIn(lanPanel).getByText('Chúng tôi muốn thêm trang tuyển dụng.')).toBeVisible()
  await lanPanel.getByLabel('Tin nhắn của bạn').fill('Nội bộ: cần báo giá thêm 5 triệu.')
  await lanPanel.getByLabel(/Ghi chú nội bộ/).check()
  await lanPanel.getByRole('button', { name: 'Gửi' }).click()
  await expect(messagesIn(lanPanel).getByText('Nội bộ: cần báo giá thêm 5 triệu.')).toBeVisible()
  await lanPanel.getByLabel(/Ghi chú nội bộ/).uncheck()
  await lanPanel.getByLabel('Tin nhắn của bạn').fill('Được ạ, chúng tôi sẽ gửi yêu cầu thay đổi.')
  await lanPanel.getByRole('button', { name: 'Gửi' }).click()
  await expect(messagesIn(lanPanel).getByText('Được ạ, chúng tôi sẽ gửi yêu cầu thay đổi.')).toBeVisible()
  await expectNoSeriousAxeViolations(lan)

  // The answer arrives on Bình's open page; the note never does, not even after a reload.
  await expect(messagesIn(binhPanel).getByText('Được ạ, chúng tôi sẽ gửi yêu cầu thay đổi.')).toBeVisible()
  await expect(binh.getByText('Nội bộ: cần báo giá thêm 5 triệu.')).toHaveCount(0)
  await binh.reload()
  await expect(messagesIn(binhPanel).getByText('Được ạ, chúng tôi sẽ gửi yêu cầu thay đổi.')).toBeVisible()
  await expect(binh.getByText('Nội bộ: cần báo giá thêm 5 triệu.')).toHaveCount(0)
  await expectNoSeriousAxeViolations(binh)
  await binhPanel.screenshot({ path: `${SHOTS}/conversation-client-vi.png` })
  await lanPanel.screenshot({ path: `${SHOTS}/conversation-staff-vi.png` })
  await binh.context().close()
  await lan.context().close()
})

test('the notifications page and the conversation in English', async ({ browser }) => {
  const engagement = await engagementInAgreement('E2E English conversation')
  const lan = await pageAs(browser, 'lan', 'en')
  await lan.goto('/notifications')
  await expect(lan.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible()
  await expectNoSeriousAxeViolations(lan)
  await lan.screenshot({ path: `${SHOTS}/notifications-en.png`, fullPage: true })
  await lan.goto(`/engagements/${engagement.id}#conversation`)
  const panel = lan.getByRole('region', { name: 'Conversation' })
  await expect(panel.getByLabel('Your message')).toBeVisible()
  await panel.screenshot({ path: `${SHOTS}/conversation-staff-en.png` })
  await lan.context().close()
})
