// Sample facts for each business document: what the benchmark builds and times.
import type {
  MinutesFacts,
  Provider,
  QuoteFacts,
  ReceiptFacts,
} from '../../supabase/functions/_shared/business-documents/types.ts'

const provider: Provider = {
  name: 'Công ty TNHH TAMS - SAGOS',
  taxCode: '0316789012',
  address: '120 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh',
  phone: '028 3915 6789',
  email: 'lienhe@tams.test',
  bankName: 'Vietcombank – Ngân hàng TMCP Ngoại thương Việt Nam',
  bankAccountNumber: '0071001234567',
  bankAccountName: 'CONG TY TNHH TAMS - SAGOS',
}
const client = {
  name: 'Công ty TNHH Phương Đông',
  taxCode: '0312345678',
  address: '25 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
  phone: '028 3822 1234',
  email: 'lienhe@phuongdong.test',
}
const engagement = { code: 'TS-2026-0022', title: 'Cửa hàng trực tuyến đồ gốm Bát Tràng' }
const milestones = [
  { title: 'Khảo sát, chốt sơ đồ trang và yêu cầu chi tiết', responsible: 'provider', dueDate: '2026-12-10' },
  { title: 'Khách hàng cung cấp hình ảnh, mô tả sản phẩm', responsible: 'client', dueDate: '2026-12-15' },
  {
    title: 'Thiết kế giao diện, lập trình giỏ hàng và thanh toán',
    responsible: 'provider',
    dueDate: '2027-01-20',
  },
  { title: 'Hướng dẫn sử dụng, đào tạo quản trị viên', responsible: 'provider', dueDate: null },
] as const

export const quote: QuoteFacts = {
  number: 'BG-TS-2026-0022-01',
  issuedAt: '2026-12-01T03:00:00Z',
  validUntil: '2026-12-31T03:00:00Z',
  provider,
  client,
  engagement,
  packageName: 'Gói Thương mại điện tử',
  warrantyMonths: 12,
  scope:
    'Triển khai gói thương mại điện tử: trang sản phẩm, giỏ hàng, thanh toán VietQR, quản trị đơn hàng; bao gồm hướng dẫn sử dụng và đào tạo quản trị viên.',
  milestones: [...milestones],
  installments: [
    { label: 'Đặt cọc 50%', amountVnd: 61_728_395, dueBeforeStart: true, dueDate: null },
    {
      label: 'Thanh toán 50% còn lại khi nghiệm thu',
      amountVnd: 61_728_395,
      dueBeforeStart: false,
      dueDate: '2027-01-31',
    },
  ],
  priceVnd: 123_456_790,
  vatRatePercent: 10,
  accountManager: 'Nguyễn Thị Lan',
  clientSignatory: 'Đỗ Văn An',
}

export const receipt: ReceiptFacts = {
  number: 'TT-TS20260022-P1',
  provider,
  client,
  engagement,
  label: 'Đặt cọc 50%',
  amountVnd: 61_728_395,
  transferReference: 'TS20260022 P1',
  submittedAt: '2026-12-02T02:00:00Z',
  confirmedAt: '2026-12-02T08:30:00Z',
  confirmedBy: 'Nguyễn Thị Lan',
}

export const minutes: MinutesFacts = {
  number: 'NT-TS-2026-0022-01',
  provider,
  client,
  engagement,
  packageName: 'Gói Thương mại điện tử',
  deliverables: [
    { name: 'Mã nguồn và tài liệu bàn giao.zip', uploadedAt: '2027-01-20T04:00:00Z' },
    { name: 'Hướng dẫn sử dụng cho quản trị viên.pdf', uploadedAt: '2027-01-21T04:00:00Z' },
  ],
  milestones: milestones.map((milestone) => ({ ...milestone, doneAt: '2027-01-21T04:00:00Z' })),
  handoverItems: [
    {
      kind: 'source_code',
      title: 'Mã nguồn trên kho Git của khách hàng',
      doneAt: '2027-01-20T04:00:00Z',
      receivedAt: '2027-01-21T04:00:00Z',
    },
    {
      kind: 'training_session',
      title: 'Đào tạo quản trị đơn hàng',
      doneAt: '2027-01-22T04:00:00Z',
      receivedAt: '2027-01-23T04:00:00Z',
    },
  ],
  licences: [
    { name: 'Be Vietnam Pro', licence: 'SIL Open Font License 1.1', holder: 'client', expiresOn: null },
    {
      name: 'Flatsome',
      licence: 'Giấy phép thương mại 1 website',
      holder: 'provider',
      expiresOn: '2027-12-31',
    },
  ],
  licenceRegisterCompletedAt: '2027-01-23T04:00:00Z',
  agreedPriceVnd: 123_456_790,
  paidVnd: 61_728_395,
  dueVnd: 61_728_395,
  warrantyStartsAt: '2027-01-25T04:00:00Z',
  warrantyEndsAt: '2028-01-25T04:00:00Z',
  warrantyMonths: 12,
  accountManager: 'Nguyễn Thị Lan',
  acceptance: {
    approverName: 'Đỗ Văn An',
    decidedAt: '2027-01-25T04:00:00Z',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1',
    from: '203.113.0.10',
    note: 'Đồng ý nghiệm thu.',
  },
}
