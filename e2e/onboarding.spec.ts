import { randomUUID } from 'node:crypto'

import { AxeBuilder } from '@axe-core/playwright'
import { createClient } from '@supabase/supabase-js'
import { expect, test, type Browser, type Page } from '@playwright/test'
import ws from 'ws'

import type { Database } from '../src/lib/database.types'
import { ANON_KEY, API_URL } from './api'
import { personas } from './personas'
import { expectSignedIn, screenshot, signIn, signOut } from './sign-in'

// The emails Auth sends land in the mail catcher (maildev); the runner gives its address.
const MAIL_URL = process.env.MAIL_URL ?? 'http://127.0.0.1:54324'
const INVITATION_SUBJECT = 'Lời mời tham gia TAMS – SAGOS'

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
      { timeout: 15_000 },
    )
    .toBe(subject)
  return /href="([^"]+)"/.exec(found!.html)![1]!.replaceAll('&amp;', '&')
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

/** Both languages of the page in view, back in Vietnamese afterwards. */
async function screenshotsViAndEn(page: Page, name: string, englishHeading: string) {
  await screenshot(page, `onboarding-${name}-vi`)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: englishHeading }).first()).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, `onboarding-${name}-en`)
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
}

/** An invitee follows their email in a browser of their own, names themselves and sets a password. */
async function acceptInvitation(browser: Browser, email: string, fullName: string, password: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(await linkInEmail(email, INVITATION_SUBJECT))
  await expect(page.getByRole('heading', { name: 'Chấp nhận lời mời' })).toBeVisible()
  await page.getByLabel('Họ và tên').fill(fullName)
  await page.getByLabel('Mật khẩu mới').fill(password)
  await page.getByLabel('Nhập lại mật khẩu').fill(password)
  return { context, page }
}

/** Signs out, then in again with the password just chosen, and lands on the client's side. */
async function signInAgain(page: Page, email: string, password: string) {
  await signOut(page)
  await signIn(page, email, password)
  await expect(page).toHaveURL('/client')
  await expectSignedIn(page, email)
}

/** One's own row in a users table: the name, then "(bạn)". */
const yourself = (name: string) => new RegExp(`^${name}\\s*\\(bạn\\)$`)

const stamp = randomUUID().slice(0, 8)
const company = `Công ty TNHH Hải Âu ${stamp}`
const approver = {
  email: `approver-${stamp}@haiau.test`,
  name: 'Trịnh Văn Duyệt',
  password: 'haiau-approver-1',
}
const member = { email: `member-${stamp}@haiau.test`, name: 'Lý Thị Thành', password: 'haiau-member-1' }

test.describe('onboarding', () => {
  // Three people, two email round trips and an axe run on every page, on a small machine.
  test.describe.configure({ timeout: 240_000 })

  test('the admin adds a client and invites its approver; the approver invites a member; the member sees only their company', async ({
    page,
    browser,
  }) => {
    // The admin adds the company in the administration area, with its default account manager.
    await signIn(page, personas.admin.email)
    await expectSignedIn(page, personas.admin.email)
    await page.getByRole('link', { name: 'Quản trị' }).click()
    await expect(page.getByRole('heading', { name: 'Khách hàng', level: 2 })).toBeVisible()
    await page.getByRole('button', { name: 'Thêm khách hàng' }).click()
    const form = page.getByRole('region', { name: 'Thêm khách hàng' })
    await form.getByLabel('Tên pháp lý').fill(company)
    await form.getByLabel('Mã số thuế').fill(`03${Date.now().toString().slice(-8)}`)
    await form.getByLabel('Địa chỉ').fill('12 Trần Phú, Nha Trang, Khánh Hòa')
    await form.getByLabel('Điện thoại').fill('0258 3812 345')
    await form.getByLabel('Email liên hệ').fill(`lienhe-${stamp}@haiau.test`)
    await form.getByLabel('Người phụ trách mặc định').selectOption({ label: personas.lan.name })
    await expectAccessible(page)
    await screenshotsViAndEn(page, 'admin-new-client', 'Add a client')
    await form.getByRole('button', { name: 'Tạo khách hàng' }).click()

    // Its page: the details as saved, nobody yet, and the invitation of its approver.
    await expect(page.getByRole('heading', { name: company, level: 2 })).toBeVisible()
    await expect(page.getByLabel('Người phụ trách mặc định')).toHaveValue(
      'a0000000-0000-4000-8000-000000000003',
    )
    const users = page.getByRole('region', { name: 'Người dùng của khách hàng' })
    await expect(users.getByText('Chưa có người dùng nào.')).toBeVisible()
    await users.getByLabel('Email', { exact: true }).fill(approver.email)
    await users.getByLabel('Vai trò', { exact: true }).selectOption({ label: 'Người phê duyệt' })
    await users.getByRole('button', { name: 'Gửi lời mời' }).click()
    await expect(users.getByText(`Đã gửi lời mời tới ${approver.email}.`)).toBeVisible()
    const waiting = users.getByRole('listitem').filter({ hasText: approver.email })
    await expect(waiting).toContainText('Người phê duyệt · còn hiệu lực đến')
    await expectAccessible(page)
    await screenshotsViAndEn(page, 'admin-client', company)
    const clientPage = page.url()
    await page.goto('/admin/clients')
    await expect(page.getByRole('row').filter({ hasText: company })).toContainText(personas.lan.name)

    // The approver follows the email, sets a password and lands on their company's side.
    const approverSide = await acceptInvitation(browser, approver.email, approver.name, approver.password)
    const approverPage = approverSide.page
    await expectAccessible(approverPage)
    await screenshotsViAndEn(approverPage, 'accept-invitation', 'Accept the invitation')
    await approverPage.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(approverPage).toHaveURL('/client')
    await signInAgain(approverPage, approver.email, approver.password)
    // The admin now sees the approver among the client's users, and no invitation waiting.
    await page.goto(clientPage)
    await expect(users.getByRole('row').filter({ hasText: approver.email })).toContainText('Người phê duyệt')
    await expect(users.getByText('Lời mời đang chờ')).toHaveCount(0)
    await expect(approverPage.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
    await expect(approverPage.getByText('Công ty bạn chưa có dự án nào.', { exact: false })).toBeVisible()
    await expectAccessible(approverPage)
    await screenshotsViAndEn(approverPage, 'approver-client', 'Your engagements')

    // The approver invites a colleague as a member from their users page.
    await approverPage.getByRole('link', { name: 'Người dùng' }).click()
    await expect(approverPage).toHaveURL('/users')
    await expect(
      approverPage.getByRole('heading', { level: 1, name: 'Người dùng của công ty' }),
    ).toBeVisible()
    const colleagues = approverPage.getByRole('region', { name: 'Người dùng của khách hàng' })
    await expect(colleagues.getByRole('cell', { name: yourself(approver.name) })).toBeVisible()
    await colleagues.getByLabel('Email', { exact: true }).fill(member.email)
    await expect(colleagues.getByLabel('Vai trò', { exact: true })).toHaveValue('member')
    await colleagues.getByRole('button', { name: 'Gửi lời mời' }).click()
    await expect(colleagues.getByText(`Đã gửi lời mời tới ${member.email}.`)).toBeVisible()
    await expect(colleagues.getByRole('listitem').filter({ hasText: member.email })).toContainText(
      'Thành viên · còn hiệu lực đến',
    )
    await expectAccessible(approverPage)
    await screenshotsViAndEn(approverPage, 'approver-users', "Your company's users")

    // The member follows their email, sets a password, signs in.
    const memberSide = await acceptInvitation(browser, member.email, member.name, member.password)
    const memberPage = memberSide.page
    await memberPage.getByRole('button', { name: 'Chấp nhận và tiếp tục' }).click()
    await expect(memberPage).toHaveURL('/client')
    await signInAgain(memberPage, member.email, member.password)

    // Only their company: no engagement of another, and their colleagues are the approver and themselves.
    await expect(memberPage.getByRole('heading', { level: 1, name: 'Dự án của bạn' })).toBeVisible()
    await expect(memberPage.getByText('Công ty bạn chưa có dự án nào.', { exact: false })).toBeVisible()
    for (const other of ['Phương Đông', 'Sao Biển']) await expect(memberPage.getByText(other)).toHaveCount(0)
    await expectAccessible(memberPage)
    await screenshotsViAndEn(memberPage, 'member-client', 'Your engagements')
    await memberPage.getByRole('link', { name: 'Người dùng' }).click()
    const memberColleagues = memberPage.getByRole('region', { name: 'Người dùng của khách hàng' })
    await expect(memberColleagues.getByRole('cell', { name: approver.name, exact: true })).toBeVisible()
    await expect(memberColleagues.getByRole('cell', { name: yourself(member.name) })).toBeVisible()
    await expect(memberColleagues.getByRole('row')).toHaveCount(3)
    for (const other of [personas.an.name, personas.binh.name, personas.chi.name, personas.lan.name]) {
      await expect(memberPage.getByText(other)).toHaveCount(0)
    }
    // A member invites nobody and changes nobody's role.
    await expect(memberPage.getByRole('button', { name: 'Gửi lời mời' })).toHaveCount(0)
    await expect(memberColleagues.getByRole('combobox')).toHaveCount(0)
    await expectAccessible(memberPage)
    await screenshotsViAndEn(memberPage, 'member-users', "Your company's users")

    // What the database gives the member, whatever the page shows: nothing of another company.
    const db = createClient<Database>(API_URL, ANON_KEY, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as never },
    })
    const signedIn = await db.auth.signInWithPassword({ email: member.email, password: member.password })
    expect(signedIn.error).toBeNull()
    const [engagements, clients, colleaguesInDb] = await Promise.all([
      db.from('engagements').select('id'),
      db.from('clients').select('name'),
      db.from('client_members').select('email'),
    ])
    expect(engagements.data).toEqual([])
    expect(clients.data).toEqual([{ name: company }])
    expect(colleaguesInDb.data?.map((row) => row.email).toSorted()).toEqual(
      [approver.email, member.email].toSorted(),
    )

    await approverSide.context.close()
    await memberSide.context.close()
  })
})
