import { expect, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './personas'

/** Signs in through the login page, whatever the current language. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel(/Mật khẩu|Password/).fill(password)
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click()
}

/** Signs out from the header and waits for the login page, so the session is gone before what follows. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Đăng xuất|Sign out)$/ }).click()
  await expect(page).toHaveURL('/login')
}

export async function expectSignedIn(page: Page, email: string): Promise<void> {
  await expect(page.getByRole('banner').getByText(email)).toBeVisible()
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}
