import { expect, test, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { storageStateOf } from './personas'

/** One more than a column's page (BOARD_PAGE_SIZE cards), plus a few. */
const PAGE = 50
const CARDS = PAGE + 5

/**
 * A client of its own with CARDS cancelled engagements in `request`: the default boards (open
 * states) and the demo clients' views stay as the other specs expect them.
 */
async function clientWithCancelledEngagements(): Promise<string> {
  const admin = await apiAs('admin')
  const manager = await apiAs('manager')
  const client = await rpc(
    admin
      .from('clients')
      .insert({ name: `Công ty thử phân trang ${Date.now()}` })
      .select('id')
      .single(),
  )
  for (let start = 0; start < CARDS; start += 10) {
    const batch = Array.from({ length: Math.min(10, CARDS - start) }, (_, i) => start + i + 1)
    await Promise.all(
      batch.map(async (n) => {
        const engagement = await rpc(
          manager.rpc('create_engagement', { client_id: client.id, title: `Dự án phân trang ${n}` }),
        )
        await rpc(
          manager.rpc('change_engagement_state', {
            engagement_id: engagement.id,
            to_state: 'cancelled',
            reason: 'Dữ liệu thử phân trang',
          }),
        )
      }),
    )
  }
  return client.id
}

test.use({ viewport: { width: 2200, height: 1200 } })

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const REQUEST = 'Tiếp nhận yêu cầu'
const AGREEMENT = 'Chọn gói & thỏa thuận'

/** The count a column's header shows, as the database counted it. */
async function shownCount(page: Page, step: string): Promise<number> {
  const header = page.getByRole('region', { name: step, exact: true }).locator('header p').first()
  return Number((await header.textContent())?.match(/^\d+/)?.[0])
}

test.describe('as an account manager (Lan)', () => {
  test.use({ storageState: storageStateOf('lan') })

  test('a moved card changes the counts of both columns at once, and they hold after reload', async ({
    page,
  }) => {
    const lan = await apiAs('lan')
    const engagement = await rpc(
      lan.rpc('create_engagement', { client_id: PHUONG_DONG, title: 'Dự án đếm cột' }),
    )
    await page.goto('/board')
    await expect(page.getByRole('article').filter({ hasText: engagement.code })).toBeVisible()
    const [requests, agreements] = [await shownCount(page, REQUEST), await shownCount(page, AGREEMENT)]

    await page.getByRole('button', { name: `Chuyển ${engagement.code} đến bước khác` }).click()
    await page.getByRole('menuitem', { name: AGREEMENT, exact: true }).click()
    const agreementColumn = page.getByRole('region', { name: AGREEMENT, exact: true })
    await expect(agreementColumn.getByText(`${agreements + 1} dự án ·`)).toBeVisible()
    await expect(
      page.getByRole('region', { name: REQUEST, exact: true }).getByText(`${requests - 1} dự án ·`),
    ).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: `${engagement.code} đã chuyển sang` }),
    ).toBeVisible()
    await page.reload()
    await expect(agreementColumn.getByText(`${agreements + 1} dự án ·`)).toBeVisible()
  })
})

test.describe('as a manager', () => {
  test.use({ storageState: storageStateOf('manager') })

  test('a column with more cards than a page shows its total and loads the next page on "show more"', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const clientId = await clientWithCancelledEngagements()
    await page.goto(`/board?state=cancelled&client=${clientId}`)
    const column = page.getByRole('region', { name: 'Tiếp nhận yêu cầu', exact: true })
    await expect(column.getByText(`${CARDS} dự án ·`)).toBeVisible()
    await expect(column.getByRole('article')).toHaveCount(PAGE)
    await expect(page.getByText(`${CARDS} dự án trên bảng`)).toBeVisible()

    const showMore = column.getByRole('button', { name: `Xem thêm (${CARDS - PAGE} còn lại)` })
    await showMore.focus()
    await page.keyboard.press('Enter')
    await expect(column.getByRole('article')).toHaveCount(CARDS)
    await expect(column.getByRole('button', { name: /Xem thêm/ })).toHaveCount(0)
    await expect(column.getByRole('article').last()).toContainText(`Dự án phân trang`)
  })
})
