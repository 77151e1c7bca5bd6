// Xác nhận thanh toán: the provider's confirmation that a payment arrived (C5).
import { Sheet } from './sheet.ts'
import type { DocumentFonts, PdfLib, ReceiptFacts } from './types.ts'
import { MOTTO, formatDateTime, formatVnd, inWords, longDate, partyLines } from './wording.ts'

export async function buildReceiptPdf(
  lib: PdfLib,
  fonts: DocumentFonts,
  facts: ReceiptFacts,
): Promise<Uint8Array<ArrayBuffer>> {
  const sheet = await Sheet.create(
    lib,
    fonts,
    `Xác nhận thanh toán ${facts.number}`,
    new Date(facts.confirmedAt),
  )
  for (const line of MOTTO) sheet.centered(line, 11, true)
  sheet.gap(10)
  sheet.centered('XÁC NHẬN THANH TOÁN', 16, true)
  sheet.centered(`Số: ${facts.number} · Hà Nội, ${longDate(facts.confirmedAt)}`, 10)
  sheet.heading(`Bên nhận tiền: ${facts.provider.name}`)
  for (const [label, value] of partyLines(facts.provider)) sheet.field(label, value)
  sheet.heading(`Bên thanh toán: ${facts.client.name}`)
  for (const [label, value] of partyLines(facts.client)) sheet.field(label, value)
  sheet.heading('Khoản thanh toán')
  sheet.field('Dự án', `${facts.engagement.code} — ${facts.engagement.title}`)
  sheet.field('Nội dung', facts.label)
  sheet.field('Nội dung chuyển khoản', facts.transferReference)
  sheet.field('Số tiền', formatVnd(facts.amountVnd))
  sheet.paragraph(inWords(facts.amountVnd), { bold: true })
  sheet.field('Tài khoản nhận', `${facts.provider.bankAccountNumber} tại ${facts.provider.bankName}`)
  if (facts.submittedAt) sheet.field('Khách hàng báo đã chuyển', formatDateTime(facts.submittedAt))
  sheet.field('Bên nhận xác nhận đã nhận đủ', formatDateTime(facts.confirmedAt))
  sheet.paragraph(
    `${facts.provider.name} xác nhận đã nhận đủ số tiền nêu trên của ${facts.client.name} cho dự án ${facts.engagement.code}.`,
  )
  sheet.signatures(['BÊN THANH TOÁN', ''], ['ĐẠI DIỆN BÊN NHẬN TIỀN', facts.confirmedBy])
  return sheet.save()
}
