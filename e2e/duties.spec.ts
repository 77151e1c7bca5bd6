import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD, personas, storageStateOf, type Persona } from './personas'
import { screenshot } from './sign-in'

/** Phương Đông in completion (Lan's): the source code handed over, a training to give, the register open. */
const PD_COMPLETION = 'e0000000-0000-4000-8000-000000000105'

/** Opens a page with the persona's saved session, signing in when that session is not this stack's. */
async function open(page: Page, persona: Persona, url: string) {
  await page.goto(url)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible({
    timeout: 30_000,
  })
  const login = page.getByRole('heading', { name: 'Đăng nhập' })
  if (await login.isVisible()) {
    await page.getByLabel('Email').fill(personas[persona].email)
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page).not.toHaveURL(/\/login/)
  }
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}

const dutyRow = (page: Page, duty: string) => page.getByRole('row', { name: new RegExp(`^${duty} ·`) })

test.describe.serial('the policy’s duties', () => {
  test.describe.configure({ timeout: 90_000 })

  test.describe('Lan records the handover and the licence register', () => {
    test.use({ storageState: storageStateOf('lan') })

    test('hands over every item and marks the register complete', async ({ page }) => {
      await open(page, 'lan', `/engagements/${PD_COMPLETION}?tab=duties`)
      await expect(page.getByRole('tab', { name: 'Nghĩa vụ & bàn giao' })).toHaveAttribute(
        'aria-selected',
        'true',
      )
      await expect(dutyRow(page, 'P5')).toContainText('Còn mở')
      await expect(dutyRow(page, 'P7')).toContainText('Còn mở')

      await page.getByRole('button', { name: 'Ghi nhận đã bàn giao: Đào tạo quản trị đơn hàng' }).click()
      const training = page.getByRole('form', { name: 'Bàn giao “Đào tạo quản trị đơn hàng”' })
      await training.getByLabel('Ngày đào tạo').fill('2026-11-30')
      await training.getByLabel('Người tham dự').fill('Anh An, chị Bình')
      await training.getByLabel('Thời lượng (phút)').fill('90')
      await training.getByRole('button', { name: 'Xác nhận đã bàn giao' }).click()
      await expect(
        page.getByText('Đào tạo ngày 30/11/2026, 90 phút, người tham dự: Anh An, chị Bình'),
      ).toBeVisible()

      await page.getByLabel('Loại', { exact: true }).selectOption('user_guide')
      await page.getByLabel('Nội dung').fill('Hướng dẫn quản trị đơn hàng')
      await page.getByRole('button', { name: 'Thêm mục' }).click()
      await expect(page.getByText('Đã thêm “Hướng dẫn quản trị đơn hàng”.')).toBeVisible()
      await page.getByRole('button', { name: 'Ghi nhận đã bàn giao: Hướng dẫn quản trị đơn hàng' }).click()
      const guide = page.getByRole('form', { name: 'Bàn giao “Hướng dẫn quản trị đơn hàng”' })
      await guide.getByLabel('Cách bàn giao').fill('Tệp PDF trong mục Tài liệu')
      await guide.getByRole('button', { name: 'Xác nhận đã bàn giao' }).click()
      await expect(page.getByText('Cách bàn giao: Tệp PDF trong mục Tài liệu')).toBeVisible()

      await page.getByLabel('Loại tài sản').selectOption('library')
      await page.getByLabel('Tài sản', { exact: true }).fill('Chart.js')
      await page.getByLabel('Giấy phép', { exact: true }).fill('MIT')
      await page.getByLabel('Nguồn', { exact: true }).fill('chartjs.org')
      await page.getByRole('button', { name: 'Thêm vào sổ' }).click()
      await expect(page.getByRole('row', { name: /Chart\.js/ })).toContainText('MIT')
      await page.getByRole('button', { name: 'Đánh dấu sổ đầy đủ' }).click()
      await expect(page.getByText(/Sổ đã đầy đủ/)).toBeVisible()
      await expect(dutyRow(page, 'P7')).toContainText('Đã đáp ứng')
      await expect(dutyRow(page, 'P5')).toContainText('Còn mở')
      await expectAccessible(page)
      await screenshot(page, 'duties-workspace-vi')

      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('tab', { name: 'Duties & handover' })).toBeVisible()
      await expect(dutyRow(page, 'P7')).toContainText('Met')
      await screenshot(page, 'duties-workspace-en')
      await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    })
  })

  test.describe('An confirms receipt', () => {
    test.use({ storageState: storageStateOf('an') })

    test('confirms every handed-over item; the ledger shows P5 and P7 met', async ({ page }) => {
      await open(page, 'an', `/client/engagements/${PD_COMPLETION}#handover`)
      const handover = page.getByRole('region', { name: 'Bàn giao và bản quyền' })
      for (const title of [
        'Mã nguồn trên kho Git của khách hàng',
        'Đào tạo quản trị đơn hàng',
        'Hướng dẫn quản trị đơn hàng',
      ]) {
        await handover.getByRole('button', { name: `Xác nhận đã nhận: ${title}` }).click()
        await expect(handover.getByRole('button', { name: `Xác nhận đã nhận: ${title}` })).toHaveCount(0)
      }
      await expect(handover.getByText(/Khách hàng đã nhận/)).toHaveCount(3)
      await expect(handover.getByRole('row', { name: /Chart\.js/ })).toBeVisible()
      const duties = page.getByRole('region', { name: 'Nghĩa vụ hai bên' })
      await expect(dutyRow(page, 'P5')).toContainText('Đã đáp ứng')
      await expect(dutyRow(page, 'P7')).toContainText('Đã đáp ứng')
      await expect(duties).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, 'duties-client-vi')

      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('region', { name: "Both sides' duties" })).toBeVisible()
      await expect(dutyRow(page, 'P5')).toContainText('Met')
      await screenshot(page, 'duties-client-en')
      await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    })
  })

  test.describe('the manager', () => {
    test.use({ storageState: storageStateOf('manager') })

    test('sees a column per duty on the dashboard and filters the board by an open duty', async ({
      page,
    }) => {
      await open(page, 'manager', '/dashboard')
      const overview = page.getByRole('region', { name: 'Nghĩa vụ trên các dự án đang chạy' })
      await expect(overview.getByRole('row', { name: /TS-2026-0005/ })).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, 'duties-dashboard-vi')
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('region', { name: 'Duties across active engagements' })).toBeVisible()
      await screenshot(page, 'duties-dashboard-en')
      await page.getByRole('button', { name: 'Tiếng Việt' }).click()

      await overview.getByRole('link', { name: 'Lọc bảng theo P6 còn mở' }).click()
      await expect(page).toHaveURL(/\/board\?duty=P6/)
      await expect(page.getByLabel('Nghĩa vụ còn mở')).toHaveValue('P6')
      await expect(page.getByText('TS-2026-0007')).toBeVisible()
      await expect(page.getByText('TS-2026-0001', { exact: true })).toHaveCount(0)
      await expectAccessible(page)
      await screenshot(page, 'duties-board-vi')
      await page.getByLabel('Nghĩa vụ còn mở').selectOption('P5')
      await expect(page.getByText('TS-2026-0007')).toHaveCount(0)
    })
  })
})
