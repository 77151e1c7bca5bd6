import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { storageStateOf, type Persona } from './personas'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const LANDING_PAGE_PACKAGE = 'b0000000-0000-4000-8000-000000000001'
/**
 * How long a change may take to reach another screen here before the test calls it lost. The
 * promise itself (within 2 s) is measured by `npm run bench:realtime` on a quiet machine; a browser
 * test on a busy one proves that the change arrives live: without a reload, and without a poll (a
 * page stops polling while its channel is joined).
 */
const ARRIVES_WITHIN_MS = 15_000

/** A new Phương Đông engagement in `request`, managed by Lan. */
async function newEngagement(title: string) {
  return rpc((await apiAs('lan')).rpc('create_engagement', { client_id: PHUONG_DONG, title }))
}

/** A new engagement in `agreement` with a quote sent to the client. */
async function engagementWithSentQuote(title: string) {
  const lan = await apiAs('lan')
  const created = await newEngagement(title)
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
      package_id: LANDING_PAGE_PACKAGE,
      price_vnd: 15_000_000,
      scope: 'Trang giới thiệu sản phẩm mới.',
      milestones: [{ title: 'Thiết kế và đưa lên mạng', responsible: 'provider' }],
    }),
  )
  return created
}

async function pageAs(browser: Browser, persona: Persona): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStateOf(persona),
    viewport: { width: 2200, height: 1200 },
  })
  return context.newPage()
}

/**
 * Resolves once the page has joined a Realtime channel whose topic starts with `topic` (the join
 * reply lists its postgres_changes bindings): from then on, changes reach it without polling.
 */
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

/** Marks the document, so a later check proves the page was never reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute('data-still-here', 'yes'))
}

async function expectNotReloaded(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-still-here', 'yes')
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const card = (scope: Page | Locator, code: string) => scope.getByRole('article').filter({ hasText: code })

/** Waits at most ARRIVES_WITHIN_MS from `since` for the locator, and reports how long it took. */
async function visibleWithin(locator: Locator, since: number): Promise<number> {
  await expect(locator).toBeVisible({ timeout: Math.max(ARRIVES_WITHIN_MS - (Date.now() - since), 1) })
  return Date.now() - since
}

test.describe('live updates over Realtime', () => {
  test.describe.configure({ timeout: 60_000 })

  test("a manager sees an account manager's new card and move without reload", async ({ browser }) => {
    const manager = await pageAs(browser, 'manager')
    const managerLive = joinedChannel(manager, 'board:')
    await manager.goto('/board')
    await expect(manager.getByRole('heading', { level: 1, name: 'Bảng dự án' })).toBeVisible()
    await managerLive
    await markDocument(manager)

    const created = await newEngagement('Dự án theo dõi trực tiếp')
    const createdAt = Date.now()
    await visibleWithin(card(column(manager, 'Tiếp nhận yêu cầu'), created.code), createdAt)

    // Lan moves the card on her own board, with the keyboard.
    const lan = await pageAs(browser, 'lan')
    await lan.goto('/board')
    const handle = lan.getByRole('button', { name: `Kéo ${created.code}` })
    await handle.focus()
    // Each key waits for its announcement: the next one needs the columns measured for the drag.
    await lan.keyboard.press('Space')
    await expect(lan.getByText(`${created.code} đang ở trên cột “Tiếp nhận yêu cầu”.`)).toBeAttached()
    await lan.keyboard.press('ArrowRight')
    await expect(lan.getByText(`${created.code} đang ở trên cột “Chọn gói & thỏa thuận”.`)).toBeAttached()
    const moved = lan.waitForResponse((response) => response.url().includes('/rpc/transition_engagement'))
    await lan.keyboard.press('Space')
    expect((await moved).ok()).toBe(true)
    const movedAt = Date.now()

    const delay = await visibleWithin(card(column(manager, 'Chọn gói & thỏa thuận'), created.code), movedAt)
    await expect(card(column(manager, 'Tiếp nhận yêu cầu'), created.code)).toHaveCount(0)
    await expectNotReloaded(manager)
    console.log(`move seen by the manager ${delay} ms after the commit`)
    await Promise.all([manager.context().close(), lan.context().close()])
  })

  test("a client's quote acceptance reaches the account manager's board and workspace", async ({
    browser,
  }) => {
    const engagement = await engagementWithSentQuote('Trang giới thiệu trực tiếp')

    const lanBoard = await pageAs(browser, 'lan')
    const boardLive = joinedChannel(lanBoard, 'board:')
    await lanBoard.goto('/board')
    await expect(card(column(lanBoard, 'Chọn gói & thỏa thuận'), engagement.code)).toBeVisible()
    await boardLive
    await markDocument(lanBoard)

    // Its own window: a background tab's timers are throttled, and people watch one page at a time.
    const lanWorkspace = await pageAs(browser, 'lan')
    const workspaceLive = joinedChannel(lanWorkspace, `engagement-workspace:${engagement.id}`)
    await lanWorkspace.goto(`/engagements/${engagement.id}`)
    const currentStep = lanWorkspace
      .getByRole('navigation', { name: 'Tiến độ bảy bước' })
      .getByRole('listitem')
      .filter({ hasText: 'bước hiện tại' })
    await expect(currentStep).toContainText('Chọn gói & thỏa thuận')
    await workspaceLive
    await markDocument(lanWorkspace)

    // The approver accepts in the client portal, in another browser context.
    const an = await pageAs(browser, 'an')
    await an.goto(`/client/engagements/${engagement.id}`)
    const quote = an.getByRole('region', { name: 'Báo giá' })
    const accepted = an.waitForResponse((response) => response.url().includes('/rpc/transition_engagement'))
    await quote.getByRole('button', { name: 'Chấp nhận báo giá' }).click()
    await an.getByRole('dialog').getByRole('button', { name: 'Tôi chấp nhận báo giá này' }).click()
    expect((await accepted).ok()).toBe(true)
    const acceptedAt = Date.now()

    const delay = await visibleWithin(card(column(lanBoard, 'Thanh toán'), engagement.code), acceptedAt)
    await expect(currentStep).toContainText('Thanh toán', { timeout: ARRIVES_WITHIN_MS })
    await expectNotReloaded(lanBoard)
    await expectNotReloaded(lanWorkspace)
    console.log(`acceptance seen on the account manager's board ${delay} ms after the commit`)
    await Promise.all([lanBoard, lanWorkspace, an].map((page) => page.context().close()))
  })
})
