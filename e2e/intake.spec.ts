import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

import { ANON_KEY, API_URL, apiAs, rpc } from './api'
import { DEMO_PASSWORD, personas, type Persona } from './personas'
import type { Database } from '../src/lib/database.types'

type Step = Database['public']['Enums']['engagement_step']

// Whose move, right for everyone: a client's request reaches its account manager at once, clients
// mark their own milestones, a rejection is TAMS's to fix with the reasons listed, and a member is
// told which decisions wait on the approver. Every list here is the database's pending_actions.
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const LANDING_PAGE = 'b0000000-0000-4000-8000-000000000001'
/** Phương Đông in implementation: the client's milestone "Khách hàng cung cấp hình ảnh sản phẩm" is open. */
const PD_IMPLEMENTATION = 'e0000000-0000-4000-8000-000000000104'
/** The shared machine can be slow to paint a page: the first sight of each waits longer. */
const see = expect.configure({ timeout: 45_000 })
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

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
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

async function inEnglish(page: Page, name: string) {
  await page.getByRole('button', { name: 'English' }).click()
  await see(page.locator('html')).toHaveAttribute('lang', 'en')
  await shoot(page, `${name}-en`)
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
}

/** A new Phương Đông engagement walked through the workflow functions to acceptance. */
async function engagementAwaitingAcceptance(title: string) {
  const [lan, an, binh] = await Promise.all([apiAs('lan'), apiAs('an'), apiAs('binh')])
  const created = await rpc(lan.rpc('create_engagement', { client_id: PHUONG_DONG, title }))
  const id = created.id
  const version = async () =>
    (await rpc(lan.from('engagements').select('version').eq('id', id).single())).version
  const move = async (who: typeof lan, to_step: Step, extra: Record<string, unknown> = {}) =>
    rpc(
      who.rpc('transition_engagement', {
        engagement_id: id,
        to_step,
        expected_version: await version(),
        ...extra,
      }),
    )
  await move(lan, 'agreement')
  await rpc(
    lan.rpc('send_quote', {
      engagement_id: id,
      package_id: LANDING_PAGE,
      price_vnd: 15_000_000,
      scope: 'Trang giới thiệu sản phẩm.',
      milestones: [{ title: 'Thiết kế và lập trình', responsible: 'provider' }],
    }),
  )
  const quote = await rpc(
    an.from('quotes').select('id, version').eq('engagement_id', id).eq('status', 'sent').single(),
  )
  await move(an, 'payment', { quote_id: quote.id, quote_version: quote.version })
  for (const payment of await rpc(binh.from('payments').select('id').eq('engagement_id', id))) {
    await rpc(binh.rpc('submit_payment_proof', { payment_id: payment.id, note: 'Đã chuyển khoản.' }))
    await rpc(lan.rpc('confirm_payment', { payment_id: payment.id }))
  }
  await move(lan, 'implementation')
  for (const milestone of await rpc(lan.from('milestones').select('id').eq('engagement_id', id)))
    await rpc(lan.rpc('mark_milestone_done', { milestone_id: milestone.id }))
  await move(lan, 'completion')
  await rpc(
    lan.rpc('register_document_upload', {
      engagement_id: id,
      name: 'ban-giao.pdf',
      visibility: 'shared',
      mime_type: 'application/pdf',
      size_bytes: 1024,
      is_deliverable: true,
    }),
  )
  // Nothing third-party in this delivery: the register is complete, so the hand-over may go (P7).
  await rpc(lan.rpc('complete_licence_register', { engagement_id: id }))
  await move(lan, 'acceptance')
  return { id, code: created.code, move }
}

test.describe.serial('whose move, right for everyone', () => {
  test.describe.configure({ timeout: 180_000 })

  test("a client's request reaches its account manager's board and My tasks, with no manager", async ({
    browser,
  }) => {
    const title = 'Trang giới thiệu khóa học mùa hè'
    const details = 'Một trang giới thiệu khóa học, có biểu mẫu đăng ký.'
    const an = await pageAs(browser, 'an')
    await an.goto('/client')
    await an.getByRole('button', { name: 'Gửi yêu cầu mới' }).click()
    await an.getByLabel('Gói dịch vụ').selectOption({ index: 1 })
    const packageName = (await an.getByLabel('Gói dịch vụ').locator('option:checked').textContent()) ?? ''
    await an.getByLabel('Tên yêu cầu').fill(title)
    await an.getByLabel('Mô tả nhu cầu').fill(details)
    await an.getByRole('button', { name: 'Gửi yêu cầu' }).click()
    await see(an.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const request = an.getByRole('heading', { name: 'Yêu cầu của bạn' }).locator('..')
    await see(request.getByText(details)).toBeVisible()
    await see(request.getByText(`Gói đã chọn: ${packageName.split(' — ')[0]}`)).toBeVisible()
    await see(an.getByText('Người quản lý dự án: Nguyễn Thị Lan', { exact: false })).toBeVisible()
    await expectAccessible(an)
    await shoot(an, 'intake-client-request-vi')
    await inEnglish(an, 'intake-client-request')
    await an.context().close()

    const lan = await pageAs(browser, 'lan')
    await lan.goto('/board')
    const tasks = lan.getByRole('region', { name: 'Việc của tôi' })
    await see(tasks.getByRole('link', { name: new RegExp(`Xem yêu cầu mới.*${title}`) })).toBeVisible()
    await see(lan.getByRole('main').getByText(title).nth(1)).toBeVisible()
    await expectAccessible(lan)
    await shoot(lan, 'intake-board-my-tasks-vi')
    await inEnglish(lan, 'intake-board-my-tasks')
    await tasks.getByRole('link', { name: new RegExp(`Xem yêu cầu mới.*${title}`) }).click()
    await see(lan.getByRole('heading', { name: 'Yêu cầu của khách hàng' })).toBeVisible()
    await see(lan.getByText(details)).toBeVisible()
    await expectAccessible(lan)
    await shoot(lan, 'intake-workspace-request-vi')
    await inEnglish(lan, 'intake-workspace-request')
    await lan.context().close()
  })

  test('staff see a client milestone as the client’s; the client marks it done', async ({ browser }) => {
    const lan = await pageAs(browser, 'lan')
    await lan.goto(`/engagements/${PD_IMPLEMENTATION}?tab=quote`)
    const milestone = lan.getByRole('listitem').filter({ hasText: 'Khách hàng cung cấp hình ảnh sản phẩm' })
    await see(milestone.getByText('Khách hàng tự đánh dấu xong mốc này')).toBeVisible()
    await see(milestone.getByRole('button')).toHaveCount(0)
    await lan.context().close()

    const binh = await pageAs(browser, 'binh')
    await binh.goto('/client')
    await binh
      .getByRole('region', { name: 'Việc đang chờ bạn' })
      .getByRole('link', { name: /Hoàn thành mốc việc của bạn: Khách hàng cung cấp hình ảnh sản phẩm/ })
      .click()
    const plan = binh.getByRole('region', { name: 'Kế hoạch công việc' })
    const ours = plan.getByRole('listitem').filter({ hasText: 'Khách hàng cung cấp hình ảnh sản phẩm' })
    await expectAccessible(binh)
    await shoot(binh, 'intake-client-milestone-vi')
    await inEnglish(binh, 'intake-client-milestone')
    await ours.getByRole('button', { name: 'Đánh dấu đã xong' }).click()
    await see(ours.getByText('Đã xong')).toBeVisible()
    await see(ours.getByRole('button')).toHaveCount(0)
    const done = await rpc(
      (await apiAs('binh'))
        .from('milestones')
        .select('status')
        .eq('engagement_id', PD_IMPLEMENTATION)
        .eq('responsible', 'client'),
    )
    expect(done.map((row) => row.status)).toEqual(['done'])
    await binh.context().close()
  })

  test("a rejection puts the engagement on TAMS's side with the reasons listed", async ({ browser }) => {
    const engagement = await engagementAwaitingAcceptance('Trang sự kiện bị từ chối')
    const reasons = ['Biểu mẫu liên hệ chưa gửi được.', 'Ảnh trang chủ bị mờ.']
    await engagement.move(await apiAs('an'), 'implementation', { note: reasons.join('\n') })

    const lan = await pageAs(browser, 'lan')
    await lan.goto(`/engagements/${engagement.id}`)
    const checklist = lan.getByRole('region', { name: 'Khách hàng từ chối nghiệm thu: việc cần sửa' })
    for (const reason of reasons) await see(checklist.getByRole('checkbox', { name: reason })).toBeVisible()
    await see(lan.getByText('Lượt của TAMS').first()).toBeVisible()
    await checklist.getByRole('checkbox', { name: reasons[0] }).check()
    await see(checklist.getByText('Đã xử lý 1/2')).toBeVisible()
    await expectAccessible(lan)
    await shoot(lan, 'intake-rejection-checklist-vi')
    await inEnglish(lan, 'intake-rejection-checklist')
    // The tick is the database's: a manager in another browser sees the same progress.
    const manager = await pageAs(browser, 'manager')
    await manager.goto(`/engagements/${engagement.id}`)
    const managersList = manager.getByRole('region', { name: 'Khách hàng từ chối nghiệm thu: việc cần sửa' })
    await see(managersList.getByRole('checkbox', { name: reasons[0] })).toBeChecked()
    await see(managersList.getByRole('checkbox', { name: reasons[1] })).not.toBeChecked()
    await see(managersList.getByText('Đã xử lý 1/2')).toBeVisible()
    await manager.context().close()

    await lan.goto('/board')
    await see(
      lan
        .getByRole('region', { name: 'Việc của tôi' })
        .getByRole('link', { name: new RegExp(`Sửa theo ý kiến từ chối nghiệm thu.*${engagement.code}`) }),
    ).toBeVisible()
    const row = await rpc(
      (await apiAs('lan'))
        .from('engagement_board')
        .select('whose_move, whose_move_reason')
        .eq('id', engagement.id)
        .single(),
    )
    expect([row.whose_move, row.whose_move_reason]).toEqual(['provider', 'fix_rejection'])
    await lan.context().close()
  })

  test('a member sees the approver’s decisions as waiting on the approver, by name', async ({ browser }) => {
    const binh = await pageAs(browser, 'binh')
    await binh.goto('/client')
    const waiting = binh.getByRole('region', { name: 'Việc đang chờ bạn' })
    const decision = waiting.getByRole('link', { name: /Xem và chấp nhận báo giá.*TS-2026-0002/ })
    await see(decision).toContainText('Đang chờ người phê duyệt của bạn: Đỗ Văn An')
    await expectAccessible(binh)
    await shoot(binh, 'intake-member-waiting-vi')
    await inEnglish(binh, 'intake-member-waiting')
    await decision.click()
    await see(binh.getByText('Chờ người phê duyệt Đỗ Văn An', { exact: true })).toBeVisible()
    const quote = binh.getByRole('region', { name: 'Báo giá' })
    await see(quote.getByText('Đang chờ người phê duyệt của bạn: Đỗ Văn An', { exact: false })).toBeVisible()
    await see(quote.getByRole('button', { name: 'Chấp nhận báo giá' })).toHaveCount(0)
    await binh.context().close()

    const an = await pageAs(browser, 'an')
    await an.goto('/client')
    const own = an
      .getByRole('region', { name: 'Việc đang chờ bạn' })
      .getByRole('link', { name: /Xem và chấp nhận báo giá.*TS-2026-0002/ })
    await see(own).toBeVisible()
    await see(own).not.toContainText('Đang chờ người phê duyệt')
    await an.context().close()
  })
})
