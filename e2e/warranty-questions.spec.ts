import { AxeBuilder } from '@axe-core/playwright'
import { expect as baseExpect, test, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { personas, type Persona } from './personas'
import { screenshot, signIn, signOut } from './sign-in'

/**
 * The claim cycle's conversation: triage suggests the account manager, staff ask the client in the
 * claim, the client answers in it. Also run against `npm run dev` (React StrictMode): the dialog
 * must stay open there.
 */
// A dev server compiles each module on its first request: on the small machines here that takes longer.
const expect = baseExpect.configure({ timeout: 20_000 })

const PHUONG_DONG_WARRANTY = 'e0000000-0000-4000-8000-000000000107'
const title = `Lỗi đăng nhập ${Date.now().toString(36)}`
const question = 'Lỗi xảy ra trên trình duyệt và thiết bị nào?'
const answer = 'Safari trên iPhone 15, từ hôm qua.'

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

// Signs in on the page rather than reusing e2e/.auth: a dev server has its own origin.
async function signInAs(page: Page, persona: Persona) {
  await signIn(page, personas[persona].email)
  await expect(page.getByRole('banner').getByText(personas[persona].email)).toBeVisible()
}

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  await rpc(
    (await apiAs('binh')).rpc('open_warranty_claim', {
      engagement_id: PHUONG_DONG_WARRANTY,
      title,
      description: 'Khách hàng không đăng nhập được trên điện thoại.',
    }),
  )
})

test('the manager triages with the account manager preselected, then asks the client', async ({ page }) => {
  await signInAs(page, 'manager')
  await page.goto('/warranty')
  await page.getByRole('button', { name: `Xử lý “${title}”` }).click()
  const dialog = page.getByRole('dialog', { name: title })
  await expect(dialog).toBeVisible()
  // Under StrictMode the dialog used to close right after opening; it must still be usable.
  const assignee = dialog.getByLabel('Người phụ trách')
  await expect(assignee.locator('option:checked')).toContainText('Nguyễn Thị Lan')
  await expect(assignee.locator('option:checked')).toContainText('gợi ý')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Phạm vi').selectOption('in_warranty')
  await dialog.getByRole('button', { name: 'Lưu phân loại' }).click()
  await expect(dialog.getByText('Đã lưu phân loại.')).toBeVisible()

  const ask = dialog.getByRole('region', { name: 'Hỏi khách hàng' })
  await ask.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(ask.getByText('Hãy viết điều bạn cần khách hàng cung cấp.')).toBeVisible()
  await ask.getByLabel('Câu hỏi của bạn').fill(question)
  await screenshot(page, 'warranty-ask-vi')
  await expectAccessible(page)
  await ask.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(dialog.getByText(`Đã hỏi khách hàng: ${question}`)).toBeVisible()
  await expect(dialog.getByText('Đang chờ khách hàng trả lời.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Chờ khách hàng')
})

test('the client answers in the claim', async ({ page }) => {
  await signInAs(page, 'binh')
  await page.goto(`/client/engagements/${PHUONG_DONG_WARRANTY}`)
  const item = page.getByRole('region', { name: 'Bảo hành' }).getByRole('listitem').filter({ hasText: title })
  await expect(item.getByText(`TAMS hỏi: ${question}`)).toBeVisible()
  await item.getByLabel('Trả lời của bạn').fill(answer)
  await item.getByRole('button', { name: 'Gửi trả lời' }).click()
  await expect(item.getByText(new RegExp(`Bạn đã trả lời .*: ${answer}`))).toBeVisible()
  await expect(item.getByText('TAMS đang xử lý')).toBeVisible()
  await screenshot(page, 'warranty-answered-client-vi')
  await expectAccessible(page)
})

test('the assignee reads the answer on her claim, in both languages', async ({ page }) => {
  await signInAs(page, 'lan')
  await page.goto('/warranty')
  const claim = page.getByRole('article', { name: title })
  await expect(claim.getByText(new RegExp(`Khách hàng trả lời .*: ${answer}`))).toBeVisible()
  await screenshot(page, 'warranty-answer-staff-vi')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(claim.getByText(new RegExp(`Client answered .*: ${answer}`))).toBeVisible()
  await claim.getByText('Ask the client').click()
  await expect(claim.getByLabel('Your question')).toBeVisible()
  await screenshot(page, 'warranty-answer-staff-en')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
})

test('the claim has its own thread: staff write in the queue, the client reads all but the internal note', async ({
  page,
}) => {
  const note = 'Nội bộ: lỗi do phiên đăng nhập hết hạn trên Safari.'
  const reply = 'Chúng tôi đã tìm ra nguyên nhân và sẽ sửa trong hôm nay.'
  await signInAs(page, 'manager')
  await page.goto('/warranty')
  await page.getByRole('button', { name: `Xử lý “${title}”` }).click()
  const dialog = page.getByRole('dialog', { name: title })
  await expect(dialog.getByRole('heading', { name: `Bảo hành: ${title}` })).toBeVisible()
  await dialog.getByLabel('Tin nhắn của bạn').fill(note)
  await dialog.getByLabel(/Ghi chú nội bộ/).check()
  await dialog.getByRole('button', { name: 'Gửi', exact: true }).click()
  await expect(dialog.getByRole('list', { name: 'Tin nhắn' }).getByText(note)).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'warranty-claim-thread-manager-vi')
  await page.keyboard.press('Escape')

  await signOut(page)
  await signInAs(page, 'lan')
  await page.goto('/warranty')
  const claim = page.getByRole('article', { name: title })
  await claim.getByRole('button', { name: 'Xem trao đổi về yêu cầu này' }).click()
  await expect(claim.getByRole('list', { name: 'Tin nhắn' }).getByText(note)).toBeVisible()
  await claim.getByLabel('Tin nhắn của bạn').fill(reply)
  await claim.getByRole('button', { name: 'Gửi', exact: true }).click()
  await expect(claim.getByRole('list', { name: 'Tin nhắn' }).getByText(reply)).toBeVisible()

  await signOut(page)
  await signInAs(page, 'binh')
  await page.goto(`/client/engagements/${PHUONG_DONG_WARRANTY}#conversation`)
  const conversation = page.getByRole('region', { name: 'Trao đổi' })
  await conversation.getByLabel('Chủ đề').selectOption({ label: `Bảo hành: ${title}` })
  await expect(conversation.getByRole('list', { name: 'Tin nhắn' }).getByText(reply)).toBeVisible()
  await expect(page.getByText(note)).toHaveCount(0)
})
