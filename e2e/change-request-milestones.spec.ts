import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { apiAs, rpc } from './api'
import { DEMO_PASSWORD, personas, storageStateOf, type Persona } from './personas'
import { screenshot } from './sign-in'

// C6 on the work itself: Lan quotes a change with payment before work and plans its milestone;
// marking it done is refused, in words, until An approves and the extra payment is confirmed.
const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'
const WEBSITE_PACKAGE = 'b0000000-0000-4000-8000-000000000002'

/** A new Phương Đông engagement in implementation (no payment before start) with a written change request. */
async function implementationWithChange(title: string) {
  const [lan, an] = [await apiAs('lan'), await apiAs('an')]
  const created = await rpc(lan.rpc('create_engagement', { client_id: PHUONG_DONG, title }))
  const version = async () =>
    (await rpc(lan.from('engagements').select('version').eq('id', created.id).single())).version
  const move = async (db: typeof lan, toStep: 'agreement' | 'implementation', extra = {}) =>
    rpc(
      db.rpc('transition_engagement', {
        engagement_id: created.id,
        to_step: toStep,
        expected_version: await version(),
        ...extra,
      }),
    )
  await move(lan, 'agreement')
  await rpc(
    lan.rpc('send_quote', {
      engagement_id: created.id,
      package_id: WEBSITE_PACKAGE,
      price_vnd: 45_000_000,
      scope: 'Website doanh nghiệp năm trang.',
      milestones: [{ title: 'Lập trình và kiểm thử', responsible: 'provider' }],
      payment_schedule: [
        {
          label: 'Thanh toán',
          label_code: 'balance',
          amount_vnd: 45_000_000,
          due_condition: 'at_acceptance',
        },
      ],
    }),
  )
  const quote = await rpc(
    an.from('quotes').select('id, version').eq('engagement_id', created.id).eq('status', 'sent').single(),
  )
  await rpc(
    an.rpc('transition_engagement', {
      engagement_id: created.id,
      to_step: 'payment',
      expected_version: await version(),
      quote_id: quote.id,
      quote_version: quote.version,
    }),
  )
  await move(lan, 'implementation')
  const change = await rpc(
    an.rpc('submit_change_request', {
      engagement_id: created.id,
      title: 'Thêm trang tuyển dụng',
      description: 'Một trang đăng tin tuyển dụng có biểu mẫu ứng tuyển.',
    }),
  )
  return { id: created.id, changeId: change.id }
}

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

test.describe.serial('change-request milestones', () => {
  test.describe.configure({ timeout: 120_000 })
  let engagement: { id: string; changeId: string }

  test.describe('Lan plans the change and meets the gate', () => {
    test.use({ storageState: storageStateOf('lan') })

    test('quoted with payment before work, its milestone is refused until approval and payment', async ({
      page,
    }) => {
      engagement = await implementationWithChange('Kiểm thử hạng mục thay đổi (e2e)')
      await open(page, 'lan', `/engagements/${engagement.id}?tab=changes`)
      const quoteForm = page.getByRole('form', { name: 'Báo giá cho “Thêm trang tuyển dụng”' })
      await quoteForm.getByLabel('Chi phí thêm (VND)').fill('5.000.000')
      await quoteForm.getByLabel('Số ngày thêm').fill('5')
      await quoteForm.getByLabel('Khách hàng thanh toán khoản thêm trước khi bắt đầu làm').check()
      await quoteForm.getByRole('button', { name: 'Gửi báo giá' }).click()
      await expect(page.getByText(/thanh toán trước khi làm/)).toBeVisible()

      const addForm = page.getByRole('form', { name: 'Thêm hạng mục cho “Thêm trang tuyển dụng”' })
      await addForm.getByLabel('Tên hạng mục').fill('Trang tuyển dụng')
      await addForm.getByLabel('Hạn (dd/MM/yyyy, không bắt buộc)').fill('15/01/2027')
      await addForm.getByRole('button', { name: 'Thêm hạng mục' }).click()
      const milestones = page.getByRole('region', { name: 'Hạng mục của “Thêm trang tuyển dụng”' })
      await expect(milestones).toContainText('Hạn 15/01/2027')

      const markDone = milestones.getByRole('button', { name: 'Đánh dấu xong: Trang tuyển dụng' })
      await expect(markDone).toBeVisible()
      await markDone.click()
      await expect(milestones.getByText(/chưa được người phê duyệt của khách hàng duyệt/)).toBeVisible()

      const an = await apiAs('an')
      const change = await rpc(
        an.from('change_requests').select('extra_price_vnd, version').eq('id', engagement.changeId).single(),
      )
      const approved = await rpc(
        an.rpc('approve_change_request', {
          change_request_id: engagement.changeId,
          extra_price_vnd: change.extra_price_vnd ?? 0,
          change_request_version: change.version,
        }),
      )
      await page.reload()
      await markDone.click()
      await expect(milestones.getByText(/khoản thanh toán thêm cần được xác nhận trước/)).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, 'change-milestones-workspace-vi')
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('region', { name: 'Milestones of “Thêm trang tuyển dụng”' })).toBeVisible()
      await screenshot(page, 'change-milestones-workspace-en')
      await page.getByRole('button', { name: 'Tiếng Việt' }).click()

      await rpc(
        an.rpc('submit_payment_proof', { payment_id: approved.payment_id!, note: 'Đã chuyển khoản.' }),
      )
      const lan = await apiAs('lan')
      await rpc(lan.rpc('confirm_payment', { payment_id: approved.payment_id! }))
      await page.reload()
      await markDone.click()
      await expect(milestones.getByText('Đã xong')).toBeVisible()
      await expect(markDone).toHaveCount(0)
    })
  })

  test.describe('An sees the change’s plan', () => {
    test.use({ storageState: storageStateOf('an') })

    test('the client sees that payment came before work and the milestone done', async ({ page }) => {
      await open(page, 'an', `/client/engagements/${engagement.id}#change-requests`)
      await expect(page.getByText(/Thanh toán trước khi làm/)).toBeVisible()
      await expect(page.getByText('Hạng mục công việc của thay đổi')).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, 'change-milestones-client-vi')
    })
  })
})
