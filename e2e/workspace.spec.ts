import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Download, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { DEMO_PASSWORD, personas, storageStateOf } from './personas'
import { screenshot } from './sign-in'
import type { Persona } from './personas'

const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
/** Phương Đông in implementation (Lan's): a submitted balance payment awaits confirmation. */
const PD_IMPLEMENTATION = 'e0000000-0000-4000-8000-000000000104'
/** Sao Biển on hold (Minh's): reassigned by the manager, then given back. */
const SB_ON_HOLD = 'e0000000-0000-4000-8000-000000000208'

/** A fresh engagement of Lan's in `agreement`, so sending a quote never depends on other specs. */
async function engagementInAgreement(): Promise<string> {
  const lan = await apiAs('lan')
  const created = await rpc(
    lan.rpc('create_engagement', { client_id: PHUONG_DONG, title: 'Website giới thiệu sản phẩm mới' }),
  )
  await rpc(
    lan.rpc('transition_engagement', {
      engagement_id: created.id,
      to_step: 'agreement',
      expected_version: created.version,
    }),
  )
  return created.id
}

/**
 * Opens a page with the persona's saved session; should the saved session belong to another
 * origin or stack, the login page appears and the persona signs in, returning to the page.
 */
async function open(page: Page, persona: Persona, url: string) {
  await page.goto(url)
  const login = page.getByRole('heading', { name: 'Đăng nhập' })
  const content = page.getByRole('main').getByRole('heading', { level: 1 })
  await expect(content).toBeVisible()
  if (await login.isVisible()) {
    await page.getByLabel('Email').fill(personas[persona].email)
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page).not.toHaveURL(/\/login/)
  }
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test.describe('engagement workspace as the account manager', () => {
  test.use({ storageState: storageStateOf('lan') })

  test('opens from its URL with the seven steps, whose move and waits; tabs by keyboard', async ({
    page,
  }) => {
    await open(page, 'lan', `/engagements/${PD_IMPLEMENTATION}`)
    const progress = page.getByRole('navigation', { name: 'Tiến độ bảy bước' })
    await expect(progress.getByRole('listitem')).toHaveCount(7)
    await expect(progress.locator('[aria-current="step"]')).toContainText('Triển khai')
    await expect(page.getByText('TAMS: ', { exact: false }).first()).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Lịch sử' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toBeVisible()
    await expectNoSeriousAxeViolations(page)
    await screenshot(page, 'workspace-vi')

    await page.getByRole('tab', { name: 'Lịch sử' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Thông tin yêu cầu' })).toBeFocused()
    await expect(page).toHaveURL(/tab=requirements/)
    await page.keyboard.press('End')
    await expect(page.getByRole('tab', { name: 'Bảo hành' })).toHaveAttribute('aria-selected', 'true')

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('tab', { name: 'Documents' }).click()
    await expect(page.getByRole('navigation', { name: 'Progress through the seven steps' })).toBeVisible()
    await expect(page.getByRole('cell', { name: /ho-so-phap-ly\.txt/ }).first()).toBeVisible()
    await expectNoSeriousAxeViolations(page)
    await screenshot(page, 'workspace-en')
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  })

  test('sends a quote with milestones on an engagement in agreement', async ({ page }) => {
    const engagementId = await engagementInAgreement()
    await open(page, 'lan', `/engagements/${engagementId}?tab=quote`)
    await page.getByRole('button', { name: 'Gửi báo giá' }).click()
    await expect(page.getByText('Vui lòng chọn gói dịch vụ.')).toBeVisible()

    await page.getByLabel('Gói dịch vụ').selectOption({ label: 'Gói Landing Page – 15.000.000\u00a0₫' })
    await page.getByLabel('Giá (VND)').fill('18.500.000')
    await page.getByLabel('Phạm vi công việc').fill('Thiết kế và lập trình một trang giới thiệu sản phẩm.')
    await page.getByLabel('Hạng mục 1', { exact: true }).fill('Thiết kế giao diện')
    await page.getByLabel('Hạn hạng mục 1 (dd/MM/yyyy)').fill('31/02/2027')
    await page.getByRole('button', { name: 'Gửi báo giá' }).click()
    await expect(page.getByText('Nhập ngày theo dạng dd/MM/yyyy, ví dụ 05/03/2026.')).toBeVisible()
    await page.getByLabel('Hạn hạng mục 1 (dd/MM/yyyy)').fill('15/01/2027')
    await page.getByRole('button', { name: 'Thêm hạng mục' }).click()
    await page.getByLabel('Hạng mục 2', { exact: true }).fill('Khách hàng cung cấp nội dung')
    await page.getByLabel('Bên thực hiện hạng mục 2').selectOption('client')
    await page.getByRole('button', { name: 'Gửi báo giá' }).click()

    await expect(page.getByText('Đã gửi báo giá cho khách hàng.')).toBeVisible()
    // The quote's card (its milestones and payments are lists of their own inside it).
    const quote = page.getByRole('tabpanel').getByRole('listitem').filter({ hasText: '18.500.000 ₫' }).first()
    await expect(quote).toContainText('Đã gửi, chờ khách hàng')
    await expect(page.getByText('Lượt của khách hàng')).toBeVisible()
  })

  test('confirms a submitted payment after seeing its proof', async ({ page }) => {
    await open(page, 'lan', `/engagements/${PD_IMPLEMENTATION}?tab=payments`)
    const label = 'Thanh toán 50% còn lại khi nghiệm thu'
    await expect(page.getByRole('button', { name: /Xem chứng từ/ }).first()).toBeVisible()
    await page.getByRole('button', { name: `Xác nhận thanh toán: ${label}` }).click()
    await expect(page.getByText(`Đã xác nhận khoản “${label}”.`)).toBeVisible()
    const row = page.getByRole('tabpanel').getByRole('listitem').filter({ hasText: label })
    await expect(row).toContainText('Đã xác nhận')
    await page.reload()
    await expect(row).toContainText('Đã xác nhận')
    await expect(page.getByRole('button', { name: `Xác nhận thanh toán: ${label}` })).toHaveCount(0)
  })

  test('uploads a confidential document with progress, then downloads it through a signed link', async ({
    page,
    context,
  }) => {
    await open(page, 'lan', `/engagements/${PD_IMPLEMENTATION}?tab=documents`)
    const name = `hop-dong-bao-mat-${Date.now()}.txt`
    const bytes = Buffer.from('Hợp đồng bảo mật – nội dung thử nghiệm\n'.repeat(20_000))
    // Hold the bytes briefly so the progress bar is observable on a fast local stack.
    await page.route('**/storage/v1/object/engagement-documents/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800))
      await route.continue()
    })
    await page.getByLabel('Tệp').setInputFiles({ name, mimeType: 'text/plain', buffer: bytes })
    await page.getByRole('radio', { name: 'Bảo mật' }).check()
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click()
    await expect(page.getByRole('progressbar', { name: 'Tiến độ tải lên' })).toBeVisible()
    await expect(page.getByText(`Đã tải lên “${name}”.`)).toBeVisible({ timeout: 15_000 })
    const row = page.getByRole('row').filter({ hasText: name })
    await expect(row).toContainText('Bảo mật')

    // The link (from document-link) names the file, so the tab opened on click turns into a download.
    const downloadPromise = new Promise<Download>((resolve) =>
      context.once('page', (popup) => resolve(popup.waitForEvent('download'))),
    )
    await row.getByRole('button', { name: `Tải xuống ${name}` }).click()
    const download = await downloadPromise
    expect(download.url()).toMatch(/\/storage\/v1\/object\/sign\/engagement-documents\//)
    expect(download.suggestedFilename()).toBe(name)
    const response = await page.request.get(download.url())
    expect(response.status()).toBe(200)
    expect(Buffer.from(await response.body()).equals(bytes)).toBe(true)

    await row.getByRole('button', { name: `Nhật ký truy cập của ${name}` }).click()
    const log = page.getByRole('region').filter({ hasText: `Nhật ký truy cập: ${name}` })
    await expect(page.getByRole('cell', { name: 'Tạo liên kết tải xuống' })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Tải lên', exact: true })).toBeVisible()
    await expect(log.or(page.getByText(`Nhật ký truy cập: ${name}`))).toBeVisible()
  })

  test('uploads a file with a Vietnamese name, which downloads under that same name', async ({
    page,
    context,
  }) => {
    await open(page, 'lan', `/engagements/${PD_IMPLEMENTATION}?tab=documents`)
    const name = 'Hợp đồng (bản 2).pdf'
    const bytes = Buffer.from(`%PDF-1.4 hợp đồng ${Date.now()}\n`)
    await page.getByLabel('Tệp').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes })
    await page.getByRole('radio', { name: 'Bảo mật' }).check()
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click()
    await expect(page.getByText(`Đã tải lên “${name}”.`)).toBeVisible({ timeout: 15_000 })
    const row = page.getByRole('row').filter({ hasText: name }).first()

    const downloadPromise = new Promise<Download>((resolve) =>
      context.once('page', (popup) => resolve(popup.waitForEvent('download'))),
    )
    await row.getByRole('button', { name: `Tải xuống ${name}` }).click()
    const download = await downloadPromise
    // the object key is ASCII (storage-api refuses Vietnamese letters); the name comes back from Content-Disposition
    expect(download.url()).toContain('/Hop%20dong%20(ban%202).pdf?token=')
    expect(download.suggestedFilename()).toBe(name)
    const response = await page.request.get(download.url())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    expect(Buffer.from(await response.body()).equals(bytes)).toBe(true)
  })
})

test.describe('another account manager', () => {
  test.use({ storageState: storageStateOf('minh') })

  test("cannot open Lan's engagement by its URL", async ({ page }) => {
    await open(page, 'minh', `/engagements/${PD_IMPLEMENTATION}`)
    await expect(
      page.getByRole('heading', { name: 'Không tìm thấy dự án hoặc bạn không có quyền xem' }),
    ).toBeVisible()
    await expect(page.getByRole('tablist')).toHaveCount(0)
    await screenshot(page, 'workspace-no-access-vi')
  })
})

test.describe('the manager', () => {
  test.use({ storageState: storageStateOf('manager') })

  test("reassigns an engagement's account manager, and gives it back", async ({ page }) => {
    await open(page, 'manager', `/engagements/${SB_ON_HOLD}`)
    await expect(page.getByText(personas.minh.name).first()).toBeVisible()
    await page.getByRole('button', { name: 'Giao lại' }).click()
    await page.getByRole('button', { name: 'Giao', exact: true }).click()
    await expect(page.getByText('Vui lòng chọn người quản lý dự án.')).toBeVisible()
    await page
      .getByLabel('Người quản lý dự án mới')
      .selectOption({ label: `${personas.lan.name} (${personas.lan.email})` })
    await page.getByRole('button', { name: 'Giao', exact: true }).click()
    await expect(page.getByText(`Đã giao dự án cho ${personas.lan.name}.`)).toBeVisible()
    await page.reload()
    await expect(page.getByRole('definition').filter({ hasText: personas.lan.name })).toBeVisible()

    await page.getByRole('button', { name: 'Giao lại' }).click()
    await page
      .getByLabel('Người quản lý dự án mới')
      .selectOption({ label: `${personas.minh.name} (${personas.minh.email})` })
    await page.getByRole('button', { name: 'Giao', exact: true }).click()
    await expect(page.getByText(`Đã giao dự án cho ${personas.minh.name}.`)).toBeVisible()
  })

  test('a state change without a reason is explained before anything is sent', async ({ page }) => {
    await open(page, 'manager', `/engagements/${SB_ON_HOLD}`)
    await page.getByRole('button', { name: 'Tiếp tục' }).click()
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await expect(page.getByText('Vui lòng nêu lý do.')).toBeVisible()
    await page.getByRole('button', { name: 'Thôi' }).click()
  })
})
