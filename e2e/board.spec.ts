import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { storageStateOf } from './personas'
import { screenshot } from './sign-in'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'

/** A fresh engagement in `request` owned by Lan, so moves here never disturb other specs' data. */
async function createEngagementAsLan(title: string): Promise<string> {
  const engagement = await rpc(
    (await apiAs('lan')).rpc('create_engagement', { client_id: PHUONG_DONG, title }),
  )
  return engagement.code
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const card = (scope: Page | Locator, code: string) => scope.getByRole('article').filter({ hasText: code })

async function dragCard(page: Page, code: string, toColumn: string) {
  const handle = page.getByRole('button', { name: `Kéo ${code}` })
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const to = await column(page, toColumn).boundingBox()
  if (!from || !to) throw new Error('card or column not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, from.y + from.height / 2, { steps: 15 })
  await page.mouse.up()
}

test.use({ viewport: { width: 2200, height: 1200 } })

test.describe('board as an account manager (Lan)', () => {
  test.use({ storageState: storageStateOf('lan') })

  test('sees only her engagements, in seven columns, and the page is accessible', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/board')
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng dự án' })).toBeVisible()
    for (const step of [
      'Tiếp nhận yêu cầu',
      'Chọn gói & thỏa thuận',
      'Thanh toán',
      'Triển khai',
      'Hoàn tất',
      'Nghiệm thu',
      'Bảo hành & hỗ trợ',
    ]) {
      await expect(column(page, step)).toBeVisible()
    }
    await expect(card(page, 'TS-2026-0002')).toBeVisible()
    await expect(card(page, 'TS-2026-0013')).toHaveCount(0)
    await expect(page.getByText('Công ty CP Sao Biển')).toHaveCount(0)
    // An account manager has no account-manager filter: the database shows her own only.
    await expect(page.getByLabel('Người quản lý dự án')).toHaveCount(0)

    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    await screenshot(page, 'board-vi')

    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Engagement board' })).toBeVisible()
    await expect(column(page, 'Request intake')).toBeVisible()
    await screenshot(page, 'board-en')
  })

  test('a legal move by drag persists after reload', async ({ page }) => {
    const code = await createEngagementAsLan('Dự án kéo thả hợp lệ')
    await page.goto('/board')
    await expect(card(column(page, 'Tiếp nhận yêu cầu'), code)).toBeVisible()
    await dragCard(page, code, 'Chọn gói & thỏa thuận')
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), code)).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: `${code} đã chuyển sang` })).toBeVisible()
    await page.reload()
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), code)).toBeVisible()
  })

  test('an illegal move by drag is refused, explained, and undone', async ({ page }) => {
    await page.goto('/board')
    await dragCard(page, 'TS-2026-0002', 'Thanh toán')
    await expect(page.getByRole('alert')).toContainText(
      'Đang chờ người phê duyệt của khách hàng chấp nhận báo giá.',
    )
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), 'TS-2026-0002')).toBeVisible()
    await page.reload()
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), 'TS-2026-0002')).toBeVisible()
    await expect(card(column(page, 'Thanh toán'), 'TS-2026-0002')).toHaveCount(0)
  })

  test('an illegal move by the menu is refused, explained, and undone', async ({ page }) => {
    await page.goto('/board')
    await page.getByRole('button', { name: 'Chuyển TS-2026-0005 đến bước khác' }).click()
    const item = page.getByRole('menuitem', { name: /Bảo hành & hỗ trợ/ })
    await expect(item).toContainText('không được')
    await item.click()
    await expect(page.getByRole('alert')).toContainText(
      'Không thể bỏ qua bước: từ “Hoàn tất” chỉ chuyển được sang “Nghiệm thu”.',
    )
    await page.reload()
    await expect(card(column(page, 'Hoàn tất'), 'TS-2026-0005')).toBeVisible()
  })

  test('a keyboard-only move works', async ({ page }) => {
    const code = await createEngagementAsLan('Dự án chuyển bằng bàn phím')
    await page.goto('/board')
    const handle = page.getByRole('button', { name: `Kéo ${code}` })
    await handle.focus()
    await page.keyboard.press('Space')
    await expect(
      page.getByText(`${code} đang ở trên cột “Tiếp nhận yêu cầu”.`, { exact: false }),
    ).toBeAttached()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(`${code} đang ở trên cột “Chọn gói & thỏa thuận”.`)).toBeAttached()
    await page.keyboard.press('Space')
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), code)).toBeVisible()
    await page.reload()
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), code)).toBeVisible()
  })
})

test.describe('board as another account manager (Minh)', () => {
  test.use({ storageState: storageStateOf('minh') })

  test("does not see Lan's engagements", async ({ page }) => {
    await page.goto('/board')
    await expect(card(page, 'TS-2026-0013')).toBeVisible()
    await expect(card(page, 'TS-2026-0002')).toHaveCount(0)
    await expect(page.getByText('Công ty TNHH Phương Đông')).toHaveCount(0)
  })
})

test.describe('board as a manager', () => {
  test.use({ storageState: storageStateOf('manager') })

  test('sees every engagement, filters by account manager, and filters survive reload', async ({ page }) => {
    await page.goto('/board')
    await expect(card(page, 'TS-2026-0002')).toBeVisible()
    await expect(card(page, 'TS-2026-0013')).toBeVisible()

    await page.getByLabel('Người quản lý dự án').selectOption({ label: 'Lê Văn Minh' })
    await expect(card(page, 'TS-2026-0002')).toHaveCount(0)
    await expect(card(page, 'TS-2026-0013')).toBeVisible()
    await page.getByLabel('Trạng thái').selectOption({ label: 'Tạm dừng' })
    await expect(card(page, 'TS-2026-0019')).toBeVisible()
    await expect(card(page, 'TS-2026-0013')).toHaveCount(0)
    await expect(page).toHaveURL(/am=a0000000-0000-4000-8000-000000000004/)

    await page.reload()
    await expect(page.getByLabel('Người quản lý dự án')).toHaveValue('a0000000-0000-4000-8000-000000000004')
    await expect(page.getByLabel('Trạng thái')).toHaveValue('on_hold')
    await expect(card(page, 'TS-2026-0019')).toBeVisible()
    await expect(card(page, 'TS-2026-0013')).toHaveCount(0)
    await screenshot(page, 'board-manager-filtered-vi')
  })
})

test.describe('board and client users', () => {
  test.use({ storageState: storageStateOf('an') })

  test('a client user is sent to the client view', async ({ page }) => {
    await page.goto('/board')
    await expect(page).toHaveURL(/\/client/)
  })
})
