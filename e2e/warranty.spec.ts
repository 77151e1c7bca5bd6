import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { apiAs } from './api'
import { personas, type Persona } from './personas'
import { expectSignedIn, screenshot, signIn } from './sign-in'

/** Phương Đông's engagement in warranty (seed). */
const PHUONG_DONG_WARRANTY = 'e0000000-0000-4000-8000-000000000107'

async function openClaim(title: string): Promise<string> {
  const db = await apiAs('binh')
  const { data, error } = await db.rpc('open_warranty_claim', {
    engagement_id: PHUONG_DONG_WARRANTY,
    title,
    description: 'Khách hàng báo lỗi trong thời gian bảo hành.',
  })
  if (error) throw new Error(JSON.stringify(error))
  return data.id
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

async function signInAs(page: Page, persona: Persona) {
  await signIn(page, personas[persona].email)
  await expectSignedIn(page, personas[persona].email)
}

/** A figure of the dashboard's warranty summary, by its label. */
async function figure(page: Page, label: string): Promise<number> {
  const term = page.getByRole('term').filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) })
  const value = term.locator('xpath=following-sibling::dd[1]')
  await expect(value).toHaveText(/^\d+$/)
  return Number(await value.textContent())
}

const stamp = Date.now().toString(36)
const lifecycleTitle = `Lỗi giỏ hàng ${stamp}`
const bulkTitles = [`Lỗi ảnh ${stamp}`, `Lỗi font ${stamp}`]

// Each test walks several pages with axe runs; the machines here are small.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

test.describe('warranty queue and oversight dashboard', () => {
  let openBefore = 0
  let resolvedBefore = 0

  test.beforeAll(async () => {
    await openClaim(lifecycleTitle)
    for (const title of bulkTitles) await openClaim(title)
  })

  test.describe('as the manager', () => {
    // Signs in here rather than reusing e2e/.auth: that folder is shared by every run in this checkout,
    // whatever app origin each one serves.
    test.beforeEach(({ page }) => signInAs(page, 'manager'))

    test('the queue lists the new claim; the manager triages it and assigns Lan', async ({ page }) => {
      await page.goto('/dashboard')
      await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible()
      openBefore = await figure(page, 'Đang mở')
      resolvedBefore = await figure(page, 'Đã khắc phục (30 ngày)')

      await page.goto('/warranty')
      await expect(page.getByRole('heading', { level: 1, name: 'Hàng đợi bảo hành' })).toBeVisible()
      const row = page.getByRole('row').filter({ hasText: lifecycleTitle })
      await expect(row).toContainText('Chờ phân loại')
      await expect(row).toContainText('Chưa giao')
      await expect(row).toContainText('Đúng hạn')
      await screenshot(page, 'warranty-queue-vi')
      await expectAccessible(page)

      await page.getByRole('button', { name: `Xử lý “${lifecycleTitle}”` }).click()
      const dialog = page.getByRole('dialog', { name: lifecycleTitle })
      await expect(dialog).toBeVisible()
      await dialog.getByLabel('Phạm vi').selectOption('in_warranty')
      await dialog.getByLabel('Mức ưu tiên').selectOption('critical')
      await expect(dialog.getByText('phản hồi 4 giờ, khắc phục 1 ngày')).toBeVisible()
      const assignee = dialog.getByLabel('Người phụ trách')
      await expect(assignee.locator('option', { hasText: 'gợi ý' }).first()).toBeAttached()
      await assignee.selectOption({
        label: (await assignee.locator('option', { hasText: 'Nguyễn Thị Lan' }).textContent()) ?? '',
      })
      await screenshot(page, 'warranty-triage-vi')
      await expectAccessible(page)
      await dialog.getByRole('button', { name: 'Lưu phân loại' }).click()
      await expect(dialog.getByText('Đã lưu phân loại.')).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await expect(row).toContainText('Nguyễn Thị Lan')
      await expect(row).toContainText('Khẩn cấp')
      await expect(row).toContainText('Đang xử lý')
    })

    test('filters live in the URL; two claims are bulk-assigned with the keyboard', async ({ page }) => {
      await page.goto('/warranty?priority=critical')
      await expect(page.getByLabel('Mức ưu tiên')).toHaveValue('critical')
      await expect(page.getByRole('row').filter({ hasText: lifecycleTitle })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: bulkTitles[0] })).toHaveCount(0)
      await page.getByRole('button', { name: 'Xóa bộ lọc' }).click()
      await expect(page).toHaveURL('/warranty')

      for (const title of bulkTitles) {
        const box = page.getByRole('checkbox', { name: `Chọn yêu cầu “${title}”` })
        await box.focus()
        await page.keyboard.press('Space')
        await expect(box).toBeChecked()
      }
      const bar = page.getByRole('region', { name: 'Đã chọn 2 yêu cầu' })
      await bar.getByLabel('Giao cho').selectOption({
        label: (await bar.locator('option', { hasText: 'Trần Thu Hà' }).textContent()) ?? '',
      })
      await bar.getByRole('button', { name: 'Giao các yêu cầu đã chọn' }).click()
      await expect(page.getByText('Đã giao 2 yêu cầu.')).toBeVisible()
      for (const title of bulkTitles)
        await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Trần Thu Hà')
    })
  })

  test.describe('as Lan, the assignee', () => {
    // Signs in here rather than reusing e2e/.auth: that folder is shared by every run in this checkout,
    // whatever app origin each one serves.
    test.beforeEach(({ page }) => signInAs(page, 'lan'))

    test('Lan records the resolution of her claim', async ({ page }) => {
      await page.goto('/warranty')
      await expect(
        page.getByRole('heading', { level: 1, name: 'Yêu cầu bảo hành được giao cho tôi' }),
      ).toBeVisible()
      const claim = page.getByRole('article', { name: lifecycleTitle })
      await expect(claim).toContainText('Khẩn cấp')
      await screenshot(page, 'warranty-mine-vi')
      await expectAccessible(page)
      await claim.getByLabel('Cách đã khắc phục').fill('Đã sửa lỗi tính tiền trong giỏ hàng và kiểm thử lại.')
      await claim.getByRole('button', { name: 'Ghi nhận đã khắc phục' }).click()
      await expect(page.getByRole('article', { name: lifecycleTitle })).toHaveCount(0)
    })

    test('Lan opening the dashboard is sent to her board instead of a refusal', async ({ page }) => {
      await page.goto('/dashboard')
      await expect(page).toHaveURL('/board')
      await expect(page.getByText('Bạn không xem được bảng điều hành')).toHaveCount(0)
    })
  })

  test.describe('as the manager again', () => {
    // Signs in here rather than reusing e2e/.auth: that folder is shared by every run in this checkout,
    // whatever app origin each one serves.
    test.beforeEach(({ page }) => signInAs(page, 'manager'))

    test('the resolved claim leaves the queue and the dashboard figures follow', async ({ page }) => {
      await page.goto('/warranty')
      await expect(page.getByRole('row').filter({ hasText: bulkTitles[0] })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: lifecycleTitle })).toHaveCount(0)

      await page.goto('/dashboard')
      // The figures were first read with the three new claims open; one of them is now resolved.
      await expect.poll(() => figure(page, 'Đang mở')).toBe(openBefore - 1)
      await expect.poll(() => figure(page, 'Đã khắc phục (30 ngày)')).toBe(resolvedBefore + 1)
      await expect(page.getByRole('heading', { name: 'Dự án và giá trị theo bước' })).toBeVisible()
      await screenshot(page, 'dashboard-vi')
      await expectAccessible(page)
    })

    test('in English', async ({ page }) => {
      await page.goto('/warranty')
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Warranty queue' })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: bulkTitles[0] })).toContainText('Awaiting triage')
      await screenshot(page, 'warranty-queue-en')
      await page.goto('/dashboard')
      await expect(page.getByRole('heading', { level: 1, name: 'Oversight dashboard' })).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Engagements and value per step' })).toBeVisible()
      await screenshot(page, 'dashboard-en')
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    })
  })
})
