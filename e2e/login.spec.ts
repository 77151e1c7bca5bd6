import { expect, test } from '@playwright/test'

import { personas } from './personas'
import { expectSignedIn, screenshot, signIn } from './sign-in'

const manager = personas.manager

test.describe('login', () => {
  test('a wrong password is refused with a message in Vietnamese', async ({ page }) => {
    await signIn(page, manager.email, 'not-the-password')
    await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.')
    await expect(page).toHaveURL(/\/login/)
    await screenshot(page, 'login-wrong-password-vi')
  })

  test('empty fields are explained before anything is sent', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByText('Vui lòng nhập email.')).toBeVisible()
    await expect(page.getByText('Vui lòng nhập mật khẩu.')).toBeVisible()
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  })

  test('the demo manager signs in, sees who is signed in, and signs out', async ({ page }) => {
    await page.goto('/login')
    await screenshot(page, 'login-vi')
    await signIn(page, manager.email)
    await expectSignedIn(page, manager.email)
    // Staff land on the board, with the pages of their side in the main navigation.
    await expect(page).toHaveURL('/board')
    const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' })
    await expect(navigation.getByRole('link', { name: 'Bảng dự án' })).toHaveAttribute('aria-current', 'page')
    await expect(navigation.getByRole('link', { name: 'Điều hành' })).toBeVisible()
    await screenshot(page, 'home-vi')

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page).toHaveURL('/login')
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  })

  test('a protected page sends to login, then back after signing in', async ({ page }) => {
    await page.goto('/board')
    await expect(page).toHaveURL('/login?redirectTo=%2Fboard')
    await page.getByLabel('Email').fill(manager.email)
    await page.getByLabel('Mật khẩu').fill('tams-demo-2026')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/board')
  })

  test('switching to English translates the page and is remembered', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await screenshot(page, 'login-en')

    await signIn(page, manager.email, 'not-the-password')
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.')
    await signIn(page, manager.email)
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await screenshot(page, 'home-en')
  })

  test('an unknown address shows a page that says so', async ({ page }) => {
    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
  })
})
