import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { storageStateOf } from './personas'
import { screenshot } from './sign-in'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const card = (scope: Page | Locator, code: string) => scope.getByRole('article').filter({ hasText: code })
const handle = (page: Page, code: string) => page.getByRole('button', { name: `Kéo ${code}` })

async function createEngagementAsLan(title: string): Promise<string> {
  const engagement = await rpc(
    (await apiAs('lan')).rpc('create_engagement', { client_id: PHUONG_DONG, title }),
  )
  return engagement.code
}

/** Picks a card up with the keyboard, one column to the right (`to`), and drops it there. */
async function keyboardMoveRight(page: Page, code: string, to: string) {
  await handle(page, code).focus()
  await page.keyboard.press('Space')
  await expect(page.getByText(`${code} đang ở trên cột`, { exact: false })).toBeAttached()
  await page.keyboard.press('ArrowRight')
  // Drop only once the live region says the card is over the next column, as a person would.
  await expect(page.getByText(`${code} đang ở trên cột “${to}”`, { exact: false })).toBeAttached()
  await page.keyboard.press('Space')
}

test.use({ viewport: { width: 2200, height: 1200 }, storageState: storageStateOf('lan') })
// Axe over a full board takes a while on the small machines here.
test.describe.configure({ timeout: 90_000 })

test.describe('the board with a keyboard (Lan)', () => {
  test('after a keyboard move the focus stays on the moved card', async ({ page }) => {
    const code = await createEngagementAsLan('Dự án giữ tiêu điểm')
    await page.goto('/board')
    await keyboardMoveRight(page, code, 'Chọn gói & thỏa thuận')
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), code)).toBeVisible()
    await expect(handle(page, code)).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: `${code} đã chuyển sang` })).toBeVisible()
  })

  test('a refused keyboard drop is announced as refused, and the focus returns to the card', async ({
    page,
  }) => {
    await page.goto('/board')
    await keyboardMoveRight(page, 'TS-2026-0002', 'Thanh toán')
    const alert = page.getByRole('alert').filter({ hasText: 'Không chuyển được TS-2026-0002' })
    await expect(alert).toContainText('Đang chờ người phê duyệt của khách hàng chấp nhận báo giá.')
    await expect(alert).toContainText('Dự án vẫn ở “Chọn gói & thỏa thuận”')
    // The drag's own live region asked, it never claimed the card was dropped there.
    await expect(page.getByText(/Đã thả TS-2026-0002/)).toHaveCount(0)
    await expect(page.getByText('Đang chuyển TS-2026-0002 sang cột “Thanh toán”…')).toBeAttached()
    await expect(card(column(page, 'Chọn gói & thỏa thuận'), 'TS-2026-0002')).toBeVisible()
    await expect(handle(page, 'TS-2026-0002')).toBeFocused()
    await screenshot(page, 'board-keyboard-refused-vi')
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })

  test('arrow keys go from card to card and from column to column', async ({ page }) => {
    for (const title of ['Dự án mũi tên một', 'Dự án mũi tên hai']) await createEngagementAsLan(title)
    await page.goto('/board')
    const intake = column(page, 'Tiếp nhận yêu cầu')
    const cards = intake.getByRole('article')
    await expect(cards.nth(1)).toBeVisible()
    const firstLink = cards.nth(0).getByRole('link')
    await firstLink.focus()
    await page.keyboard.press('ArrowDown')
    await expect(cards.nth(1).getByRole('link')).toBeFocused()
    await page.keyboard.press('End')
    await expect(cards.last().getByRole('link')).toBeFocused()
    await page.keyboard.press('Home')
    await expect(firstLink).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(
      column(page, 'Chọn gói & thỏa thuận').getByRole('article').first().getByRole('link'),
    ).toBeFocused()
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByText('Keyboard: on a card, the up and down arrows')).toBeVisible()
    await screenshot(page, 'board-keyboard-en')
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  })
})
