// Báo giá: the offer as the client accepts it, with both parties, the plan (P2), the payment
// schedule, VAT and the total in figures and in words.
import { Sheet } from './sheet.ts'
import type { DocumentFonts, PdfLib, QuoteFacts } from './types.ts'
import { MOTTO, formatDate, formatVnd, inWords, longDate, partyLines, responsibleWord } from './wording.ts'

/** The VAT inside a VAT-inclusive price: the schedule's payments add up to the price itself. */
export function vatOf(priceVnd: number, ratePercent: number) {
  const beforeVat = Math.round((priceVnd * 100) / (100 + ratePercent))
  return { beforeVat, vat: priceVnd - beforeVat }
}

export async function buildQuotePdf(
  lib: PdfLib,
  fonts: DocumentFonts,
  facts: QuoteFacts,
): Promise<Uint8Array<ArrayBuffer>> {
  const sheet = await Sheet.create(lib, fonts, `Báo giá ${facts.number}`, new Date(facts.issuedAt))
  for (const line of MOTTO) sheet.centered(line, 11, true)
  sheet.gap(10)
  sheet.centered('BÁO GIÁ DỊCH VỤ', 16, true)
  sheet.centered(`Số: ${facts.number} · Hà Nội, ${longDate(facts.issuedAt)}`, 10)
  sheet.centered(`Báo giá có hiệu lực đến hết ngày ${formatDate(facts.validUntil)}`, 10)
  sheet.heading(`Bên A (khách hàng): ${facts.client.name}`)
  for (const [label, value] of partyLines(facts.client)) sheet.field(label, value)
  sheet.heading(`Bên B (nhà cung cấp): ${facts.provider.name}`)
  for (const [label, value] of partyLines(facts.provider)) sheet.field(label, value)
  sheet.field(
    'Tài khoản',
    `${facts.provider.bankAccountNumber} tại ${facts.provider.bankName} (${facts.provider.bankAccountName})`,
  )

  sheet.heading('1. Dự án và gói dịch vụ')
  sheet.field('Dự án', `${facts.engagement.code} — ${facts.engagement.title}`)
  sheet.field('Gói dịch vụ', facts.packageName)
  sheet.field('Bảo hành', `${facts.warrantyMonths} tháng kể từ ngày nghiệm thu`)
  sheet.heading('2. Phạm vi công việc')
  sheet.paragraph(facts.scope)
  sheet.heading('3. Kế hoạch thực hiện')
  sheet.table(
    [
      { title: 'STT', width: 1 },
      { title: 'Mốc công việc', width: 8 },
      { title: 'Bên thực hiện', width: 3 },
      { title: 'Thời hạn', width: 3 },
    ],
    facts.milestones.map((milestone, index) => [
      String(index + 1),
      milestone.title,
      responsibleWord(milestone.responsible),
      milestone.dueDate ? formatDate(milestone.dueDate) : 'Theo tiến độ',
    ]),
  )
  sheet.heading('4. Lịch thanh toán')
  sheet.table(
    [
      { title: 'Đợt', width: 1 },
      { title: 'Nội dung', width: 7 },
      { title: 'Thời hạn', width: 4 },
      { title: 'Số tiền', width: 3, align: 'right' },
    ],
    facts.installments.map((installment, index) => [
      String(index + 1),
      installment.label,
      installment.dueBeforeStart
        ? 'Trước khi triển khai'
        : installment.dueDate
          ? formatDate(installment.dueDate)
          : 'Theo tiến độ',
      formatVnd(installment.amountVnd),
    ]),
  )
  const { beforeVat, vat } = vatOf(facts.priceVnd, facts.vatRatePercent)
  sheet.heading('5. Giá trị')
  sheet.field('Giá trước thuế', formatVnd(beforeVat))
  sheet.field(`Thuế GTGT (${facts.vatRatePercent}%)`, formatVnd(vat))
  sheet.field('Tổng cộng (đã gồm thuế GTGT)', formatVnd(facts.priceVnd))
  sheet.paragraph(inWords(facts.priceVnd), { bold: true })
  sheet.signatures(['ĐẠI DIỆN BÊN A', facts.clientSignatory], ['ĐẠI DIỆN BÊN B', facts.accountManager])
  return sheet.save()
}
