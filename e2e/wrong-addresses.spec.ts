import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { storageStateOf } from './personas'
import { screenshot } from './sign-in'

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

test.describe('a client user (Bình)', () => {
  test.use({ storageState: storageStateOf('binh') })

  test('an engagement address that is no id shows "not found", not the crash page', async ({ page }) => {
    await page.goto('/client/engagements/not-a-uuid')
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await expect(page.getByText('Đã có lỗi')).toHaveCount(0)
    await expect(page.getByRole('banner')).toBeVisible()
    await screenshot(page, 'not-found-client-vi')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await screenshot(page, 'not-found-client-en')
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  })

  test('opening the dashboard sends her to her own home', async ({ page }) => {
    await page.goto('/dashboard')
    await expect(page).toHaveURL('/client')
  })
})

test.describe('an account manager (Lan)', () => {
  test.use({ storageState: storageStateOf('lan') })

  test('opening the dashboard sends her to her board, without a refusal', async ({ page }) => {
    await page.goto('/dashboard')
    await expect(page).toHaveURL('/board')
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng dự án' })).toBeVisible()
    await expect(page.getByText('Bạn không xem được bảng điều hành')).toHaveCount(0)
  })

  test('a workspace address that is no id shows "not found"', async ({ page }) => {
    await page.goto('/engagements/not-a-uuid')
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await screenshot(page, 'not-found-staff-vi')
    await expectAccessible(page)
  })

  test('the staff header does not show the internal version number', async ({ page }) => {
    await page.goto('/engagements/e0000000-0000-4000-8000-000000000107')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText(/Phiên bản \d+/)).toHaveCount(0)
  })
})
