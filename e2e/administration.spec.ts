import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { personas, type Persona } from './personas'
import { expectSignedIn, screenshot, signIn } from './sign-in'

/** Phương Đông's engagement in payment (seed): An sees the transfer details on its amounts due. */
const PD_PAYMENT = 'e0000000-0000-4000-8000-000000000103'
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

async function signInAs(page: Page, persona: Persona) {
  await signIn(page, personas[persona].email)
  await expectSignedIn(page, personas[persona].email)
}

const stamp = Date.now().toString(36).toUpperCase()

// Each test walks several pages with axe runs; the machines here are small.
test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.describe('administration', () => {
  let settingsBefore: { bank_bin: string; bank_name: string; bank_account_number: string }
  let phoneBefore: string | null = null

  test.beforeAll(async () => {
    const admin = await apiAs('admin')
    settingsBefore = await rpc(
      admin.from('company_settings').select('bank_bin, bank_name, bank_account_number').single(),
    )
    phoneBefore = (await rpc(admin.from('clients').select('contact_phone').eq('id', PHUONG_DONG).single()))
      .contact_phone
  })

  test.afterAll(async () => {
    const admin = await apiAs('admin')
    await rpc(admin.from('company_settings').update(settingsBefore).eq('id', true).select('bank_bin'))
    await rpc(admin.from('clients').update({ contact_phone: phoneBefore }).eq('id', PHUONG_DONG).select('id'))
  })

  test('the admin edits a client and the change log shows it', async ({ page }) => {
    await signInAs(page, 'admin')
    await page.getByRole('link', { name: 'Quản trị' }).click()
    await expect(page.getByRole('heading', { name: 'Khách hàng', level: 2 })).toBeVisible()
    await expectAccessible(page)
    await screenshot(page, 'admin-clients-vi')
    await page.getByRole('link', { name: 'Công ty TNHH Phương Đông' }).click()
    await expect(page.getByRole('heading', { name: 'Người dùng của khách hàng' })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Đỗ Văn An', exact: true })).toBeVisible()
    await page.getByLabel('Điện thoại').fill(`028 ${stamp.slice(-4)}`)
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await expect(page.getByText('Đã lưu.')).toBeVisible()
    await expectAccessible(page)
    await screenshot(page, 'admin-client-vi')

    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click()
    const entry = page
      .getByRole('row')
      .filter({ hasText: `028 ${stamp.slice(-4)}` })
      .first()
    await expect(entry).toContainText('Phạm Quốc Bảo')
    await expect(entry).toContainText('Khách hàng · thay đổi')
    await expectAccessible(page)
    await screenshot(page, 'admin-audit-vi')
  })

  test('the admin creates a service package', async ({ page }) => {
    await signInAs(page, 'admin')
    await page.goto('/admin/packages')
    await page.getByRole('button', { name: 'Thêm gói dịch vụ' }).click()
    await page.getByLabel('Mã gói').fill(`BT-${stamp}`)
    await page.getByLabel('Tên gói').fill(`Gói bảo trì ${stamp}`)
    await page.getByLabel('Giá').fill('4.500.000')
    await page.getByLabel('Bảo hành (tháng)').fill('3')
    await page.getByLabel('Mô tả').fill('Bảo trì website hằng tháng.')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Tạo gói' }).click()
    const row = page.getByRole('row').filter({ hasText: `Gói bảo trì ${stamp}` })
    await expect(row).toContainText('4.500.000 ₫')
    await expect(row).toContainText('Đang bán')
    await screenshot(page, 'admin-packages-vi')
  })

  test("the admin changes the bank account and the client's transfer details follow", async ({
    page,
    browser,
  }) => {
    await signInAs(page, 'admin')
    await page.goto('/admin/settings')
    await page.getByLabel('Ngân hàng (mã BIN NAPAS)').selectOption('970418')
    await expect(page.getByLabel('Tên ngân hàng hiển thị')).toHaveValue(/^BIDV/)
    const account = `1${Date.now().toString().slice(-10)}`
    await page.getByLabel('Số tài khoản').fill(account)
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await expect(page.getByText('Đã lưu.')).toBeVisible()
    await expectAccessible(page)
    await screenshot(page, 'admin-settings-vi')

    const context = await browser.newContext()
    const an = await context.newPage()
    await signInAs(an, 'an')
    await an.goto(`/client/engagements/${PD_PAYMENT}`)
    const payments = an.getByRole('region', { name: 'Thanh toán' })
    await expect(payments.getByText(account).first()).toBeVisible()
    await expect(payments.getByText(/^BIDV/).first()).toBeVisible()
    await context.close()
  })

  test('the people page: roles, deactivation and invitations are the admin’s', async ({ page }) => {
    await signInAs(page, 'admin')
    await page.goto('/admin/people')
    await expect(page.getByRole('heading', { name: 'Mời nhân sự' })).toBeVisible()
    await expect(page.getByLabel('Vai trò của Nguyễn Thị Lan')).toHaveValue('account_manager')
    // Nobody changes their own role: the admin's own row has no controls.
    await expect(page.getByLabel('Vai trò của Phạm Quốc Bảo')).toHaveCount(0)
    await expectAccessible(page)
    await screenshot(page, 'admin-people-vi')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { name: 'Invite staff' })).toBeVisible()
    await screenshot(page, 'admin-people-en')
    for (const [path, heading, name] of [
      ['/admin/clients', 'Clients', 'admin-clients-en'],
      ['/admin/packages', 'Service packages', 'admin-packages-en'],
      ['/admin/settings', 'Account for transfers', 'admin-settings-en'],
      ['/admin/audit', 'Change log', 'admin-audit-en'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, name)
    }
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  })

  test('a manager reads the administration area but changes nothing there', async ({ page }) => {
    await signInAs(page, 'manager')
    await page.goto('/admin/clients')
    await expect(page.getByText('Bạn xem được mọi mục; chỉ quản trị viên mới thay đổi được.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Thêm khách hàng' })).toHaveCount(0)
    await page.goto('/admin/settings')
    await expect(page.getByLabel('Số tài khoản')).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Lưu thay đổi' })).toHaveCount(0)
  })

  test("the client's approver changes a colleague's role, never their own", async ({ page }) => {
    await signInAs(page, 'an')
    await page.getByRole('link', { name: 'Người dùng' }).click()
    await expect(page.getByRole('heading', { name: 'Người dùng của công ty' })).toBeVisible()
    await expect(page.getByLabel('Vai trò của Đỗ Văn An')).toHaveCount(0)
    const binhRole = page.getByLabel('Vai trò của Vũ Thị Bình')
    await binhRole.selectOption('approver')
    await expect(binhRole).toHaveValue('approver')
    await expect
      .poll(
        async () =>
          (
            await rpc(
              (await apiAs('an'))
                .from('client_members')
                .select('role')
                .eq('email', personas.binh.email)
                .single(),
            )
          ).role,
      )
      .toBe('approver')
    await binhRole.selectOption('member')
    await expect(binhRole).toHaveValue('member')
    await expectAccessible(page)
    await screenshot(page, 'client-users-vi')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { name: "Your company's users" })).toBeVisible()
    await screenshot(page, 'client-users-en')
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  })

  test('a member sees their colleagues and changes nobody', async ({ page }) => {
    await signInAs(page, 'binh')
    await page.goto('/users')
    await expect(page.getByRole('cell', { name: 'Đỗ Văn An', exact: true })).toBeVisible()
    await expect(page.getByRole('combobox')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Gửi lời mời' })).toHaveCount(0)
  })
})
