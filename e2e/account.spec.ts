import { randomUUID } from 'node:crypto'

import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { ANON_KEY, API_URL, apiAs } from './api'
import { DEMO_PASSWORD } from './personas'
import { expectSignedIn, screenshot, signIn, signOut } from './sign-in'

// The emails Auth sends land in the mail catcher (maildev); the runner gives its address.
const MAIL_URL = process.env.MAIL_URL ?? 'http://127.0.0.1:54324'
const SAO_BIEN = 'c0000000-0000-4000-8000-000000000002'

interface CaughtEmail {
  subject: string
  html: string
  to: { address: string }[]
}

/** The link of the newest email to an address, once it has arrived. */
async function linkInEmail(address: string, subject: string): Promise<string> {
  let found: CaughtEmail | undefined
  await expect
    .poll(
      async () => {
        const emails = (await (await fetch(`${MAIL_URL}/api/email`)).json()) as CaughtEmail[]
        found = emails.toReversed().find((email) => email.to.some((to) => to.address === address))
        return found?.subject
      },
      { timeout: 10_000 },
    )
    .toBe(subject)
  return /href="([^"]+)"/.exec(found!.html)![1]!.replaceAll('&amp;', '&')
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

/** The admin invites through the Edge Function, as the admin area does; the app's origin is where the link lands. */
async function inviteAsAdmin(email: string, appOrigin: string) {
  const admin = await apiAs('admin')
  const { data } = await admin.auth.getSession()
  const response = await fetch(`${API_URL}/functions/v1/invite-user`, {
    method: 'POST',
    headers: {
      apikey: ANON_KEY,
      authorization: `Bearer ${data.session!.access_token}`,
      'content-type': 'application/json',
      origin: appOrigin,
    },
    body: JSON.stringify({
      email,
      side: 'client',
      role: 'member',
      client_id: SAO_BIEN,
      full_name: 'Phan Thị Mới',
    }),
  })
  expect(response.status).toBe(200)
}

test.describe('account', () => {
  // Each test walks a whole email round trip (invitation, and for some a reset) on a small machine.
  test.describe.configure({ timeout: 90_000 })
  test('forgotten password: the email arrives, its link sets a new password, the new one signs in', async ({
    page,
    baseURL,
  }) => {
    // A user of its own, so the demo passwords stay as they are.
    const email = `forgetful-${randomUUID().slice(0, 8)}@invited.test`
    await inviteAsAdmin(email, baseURL!)
    const invitation = await linkInEmail(email, 'Lời mời tham gia TAMS – SAGOS')
    await page.goto(invitation)
    await page.getByLabel('Mật khẩu mới').fill(DEMO_PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(page).toHaveURL('/client')
    await signOut(page)

    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await expect(page.getByRole('heading', { name: 'Quên mật khẩu' })).toBeVisible()
    await expectAccessible(page)
    await screenshot(page, 'forgot-password-vi')
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Gửi liên kết' }).click()
    await expect(page.getByRole('status')).toContainText(email)

    await page.goto(await linkInEmail(email, 'Đặt lại mật khẩu TAMS – SAGOS'))
    await expect(page.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeVisible()
    await expect(page).toHaveURL('/reset-password')
    await expectAccessible(page)
    await screenshot(page, 'reset-password-vi')
    await page.getByLabel('Mật khẩu mới').fill('another-password-2')
    await page.getByLabel('Nhập lại mật khẩu').fill('something-else')
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click()
    await expect(page.getByText('Hai mật khẩu không khớp.')).toBeVisible()
    await page.getByLabel('Nhập lại mật khẩu').fill('another-password-2')
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click()
    await expect(page).toHaveURL('/client')

    await signOut(page)
    await signIn(page, email, DEMO_PASSWORD)
    await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.')
    await signIn(page, email, 'another-password-2')
    await expectSignedIn(page, email)
  })

  test('an invitation: the email arrives, the invitee sets a password and lands on their side', async ({
    page,
    baseURL,
  }) => {
    const email = `invitee-${randomUUID().slice(0, 8)}@invited.test`
    await inviteAsAdmin(email, baseURL!)
    const link = await linkInEmail(email, 'Lời mời tham gia TAMS – SAGOS')
    await page.goto(link)
    await expect(page.getByRole('heading', { name: 'Chấp nhận lời mời' })).toBeVisible()
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Phan Thị Mới')
    await expectAccessible(page)
    await screenshot(page, 'accept-invitation-vi')
    await page.getByLabel('Mật khẩu mới').fill('my-first-password')
    await page.getByLabel('Nhập lại mật khẩu').fill('my-first-password')
    await page.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(page).toHaveURL('/client')
    await expectSignedIn(page, email)
    await expect(page.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
    // Sao Biển's engagements, and nothing of another company.
    await expect(
      page.getByRole('region', { name: 'Tất cả dự án' }).getByRole('listitem').first(),
    ).toBeVisible()
    await expect(page.getByText('Phương Đông')).toHaveCount(0)

    // The same link again is spent.
    await signOut(page)
    await page.goto(link)
    await expect(page.getByRole('alert')).toHaveText(
      'Liên kết không hợp lệ hoặc đã hết hạn (mỗi liên kết chỉ dùng được một lần).',
    )
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('alert')).toHaveText(
      'This link is invalid or has expired (each link works once).',
    )
    await screenshot(page, 'accept-invitation-spent-en')

    await signIn(page, email, 'my-first-password')
    await expect(page).toHaveURL('/client')
  })

  test('the profile page: name, phone and language are saved; the password changes', async ({
    page,
    baseURL,
  }) => {
    const email = `profiled-${randomUUID().slice(0, 8)}@invited.test`
    await inviteAsAdmin(email, baseURL!)
    await page.goto(await linkInEmail(email, 'Lời mời tham gia TAMS – SAGOS'))
    await page.getByLabel('Mật khẩu mới').fill('profile-password-1')
    await page.getByLabel('Nhập lại mật khẩu').fill('profile-password-1')
    await page.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(page).toHaveURL('/client')

    await page.getByRole('link', { name: 'Hồ sơ' }).click()
    await expect(page.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible()
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Phan Thị Mới')
    await expectAccessible(page)
    await screenshot(page, 'profile-vi')
    await page.getByLabel('Họ và tên').fill('Phan Thị Mới Đổi')
    await page.getByLabel('Số điện thoại').fill('0901 234 567')
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await expect(page.getByRole('heading', { name: 'My profile' })).toBeVisible()
    await expect(page.getByRole('status')).toHaveText('Your details are saved.')
    await page.reload()
    await expect(page.getByLabel('Full name')).toHaveValue('Phan Thị Mới Đổi')
    await expect(page.getByLabel('Phone number')).toHaveValue('0901 234 567')
    await screenshot(page, 'profile-en')
    // The language chosen in the profile is also the one notifications and emails are written in.
    await page.goto('/notifications')
    await expect(page.getByLabel('Language of notifications and emails')).toHaveValue('en')
    await page.goto('/profile')

    const passwordPanel = page.getByRole('region', { name: 'Change password' })
    await passwordPanel.getByLabel('New password').fill('profile-password-1')
    await passwordPanel.getByLabel('Repeat the password').fill('profile-password-1')
    await passwordPanel.getByRole('button', { name: 'Change password' }).click()
    await expect(passwordPanel.getByRole('alert')).toHaveText(
      'The new password must differ from the old one.',
    )
    await passwordPanel.getByLabel('New password').fill('profile-password-2')
    await passwordPanel.getByLabel('Repeat the password').fill('profile-password-2')
    await passwordPanel.getByRole('button', { name: 'Change password' }).click()
    await expect(passwordPanel.getByRole('status')).toHaveText(
      'Password changed. Your other sessions were signed out.',
    )
  })

  test('a deactivated user is told so at sign-in', async ({ page, baseURL }) => {
    const email = `leaver-${randomUUID().slice(0, 8)}@invited.test`
    await inviteAsAdmin(email, baseURL!)
    await page.goto(await linkInEmail(email, 'Lời mời tham gia TAMS – SAGOS'))
    await page.getByLabel('Mật khẩu mới').fill(DEMO_PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(page).toHaveURL('/client')
    await signOut(page)

    const manager = await apiAs('manager')
    const deactivated = await manager
      .from('client_members')
      .update({ active: false })
      .eq('email', email)
      .select()
    expect(deactivated.data).toHaveLength(1)
    await signIn(page, email)
    await expect(page.getByRole('alert')).toHaveText(
      'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
    )
  })
})
