// Biên bản nghiệm thu: what was accepted, by whom and when (with the browser it was decided
// from), what is paid and due, and the warranty that starts (P6).
import { Sheet } from './sheet.ts'
import type { DocumentFonts, MinutesFacts, PdfLib } from './types.ts'
import {
  MOTTO,
  formatDate,
  formatDateTime,
  formatVnd,
  handoverKindWord,
  holderWord,
  inWords,
  longDate,
  partyLines,
  responsibleWord,
} from './wording.ts'

/** P5: what was handed over and trained, and whether Bên A confirmed receiving it. */
function handover(sheet: Sheet, facts: MinutesFacts) {
  sheet.heading('4. Bàn giao và đào tạo')
  if (facts.handoverItems.length === 0) {
    sheet.paragraph('Không có hạng mục bàn giao được ghi nhận.')
    return
  }
  sheet.table(
    [
      { title: 'STT', width: 1 },
      { title: 'Loại', width: 3 },
      { title: 'Hạng mục', width: 6 },
      { title: 'Bên B đã bàn giao', width: 3 },
      { title: 'Bên A đã nhận', width: 3 },
    ],
    facts.handoverItems.map((item, index) => [
      String(index + 1),
      handoverKindWord(item.kind),
      item.title,
      item.doneAt ? formatDate(item.doneAt) : 'Chưa',
      item.receivedAt ? formatDate(item.receivedAt) : 'Chưa xác nhận',
    ]),
  )
}

/** P7: the third-party assets of the delivery, their licences, who holds them and until when. */
function licences(sheet: Sheet, facts: MinutesFacts) {
  sheet.heading('5. Danh mục bản quyền bên thứ ba')
  if (facts.licences.length === 0) sheet.paragraph('Không có tài sản bên thứ ba được ghi nhận.')
  else
    sheet.table(
      [
        { title: 'STT', width: 1 },
        { title: 'Tài sản', width: 4 },
        { title: 'Giấy phép', width: 5 },
        { title: 'Bên giữ', width: 2 },
        { title: 'Hết hạn', width: 3 },
      ],
      facts.licences.map((asset, index) => [
        String(index + 1),
        asset.name,
        asset.licence,
        holderWord(asset.holder),
        asset.expiresOn ? formatDate(asset.expiresOn) : 'Không thời hạn',
      ]),
    )
  sheet.field(
    'Tình trạng danh mục',
    facts.licenceRegisterCompletedAt
      ? `Bên B xác nhận đầy đủ ngày ${formatDate(facts.licenceRegisterCompletedAt)}`
      : 'Chưa xác nhận đầy đủ',
  )
}

export async function buildMinutesPdf(
  lib: PdfLib,
  fonts: DocumentFonts,
  facts: MinutesFacts,
): Promise<Uint8Array<ArrayBuffer>> {
  const { acceptance } = facts
  const sheet = await Sheet.create(
    lib,
    fonts,
    `Biên bản nghiệm thu ${facts.number}`,
    new Date(acceptance.decidedAt),
  )
  for (const line of MOTTO) sheet.centered(line, 11, true)
  sheet.gap(10)
  sheet.centered('BIÊN BẢN NGHIỆM THU', 16, true)
  sheet.centered(`Số: ${facts.number} · Hà Nội, ${longDate(acceptance.decidedAt)}`, 10)
  sheet.heading(`Bên A (khách hàng): ${facts.client.name}`)
  for (const [label, value] of partyLines(facts.client)) sheet.field(label, value)
  sheet.heading(`Bên B (nhà cung cấp): ${facts.provider.name}`)
  for (const [label, value] of partyLines(facts.provider)) sheet.field(label, value)

  sheet.heading('1. Dự án')
  sheet.field('Dự án', `${facts.engagement.code} — ${facts.engagement.title}`)
  sheet.field('Gói dịch vụ', facts.packageName)
  sheet.heading('2. Sản phẩm bàn giao được nghiệm thu')
  if (facts.deliverables.length === 0) sheet.paragraph('Không có tệp bàn giao được ghi nhận.')
  else
    sheet.table(
      [
        { title: 'STT', width: 1 },
        { title: 'Sản phẩm', width: 10 },
        { title: 'Ngày bàn giao', width: 3 },
      ],
      facts.deliverables.map((item, index) => [String(index + 1), item.name, formatDate(item.uploadedAt)]),
    )
  sheet.heading('3. Các mốc công việc')
  sheet.table(
    [
      { title: 'STT', width: 1 },
      { title: 'Mốc công việc', width: 8 },
      { title: 'Bên thực hiện', width: 3 },
      { title: 'Hoàn thành', width: 3 },
    ],
    facts.milestones.map((milestone, index) => [
      String(index + 1),
      milestone.title,
      responsibleWord(milestone.responsible),
      milestone.doneAt ? formatDate(milestone.doneAt) : 'Chưa ghi nhận',
    ]),
  )
  handover(sheet, facts)
  licences(sheet, facts)
  sheet.heading('6. Giá trị và thanh toán')
  sheet.field('Giá trị hợp đồng', formatVnd(facts.agreedPriceVnd))
  sheet.paragraph(inWords(facts.agreedPriceVnd))
  sheet.field('Đã thanh toán', formatVnd(facts.paidVnd))
  sheet.field('Còn phải thanh toán', formatVnd(facts.dueVnd))
  sheet.paragraph(inWords(facts.dueVnd))
  sheet.heading('7. Bảo hành')
  sheet.field(
    'Thời hạn bảo hành',
    facts.warrantyStartsAt && facts.warrantyEndsAt
      ? `${facts.warrantyMonths} tháng, từ ${formatDate(facts.warrantyStartsAt)} đến ${formatDate(facts.warrantyEndsAt)}`
      : `${facts.warrantyMonths} tháng kể từ ngày nghiệm thu`,
  )
  sheet.heading('8. Xác nhận nghiệm thu của Bên A')
  sheet.field('Người phê duyệt', acceptance.approverName)
  sheet.field('Thời điểm', formatDateTime(acceptance.decidedAt))
  sheet.field('Trình duyệt', acceptance.userAgent ?? 'Không ghi nhận')
  sheet.field('Địa chỉ IP', acceptance.from ?? 'Không ghi nhận')
  if (acceptance.note) sheet.field('Ý kiến', acceptance.note)
  sheet.paragraph(
    'Bên A xác nhận đã nhận và nghiệm thu các sản phẩm nêu trên trên hệ thống TAMS - SAGOS. Biên bản được lập tự động tại thời điểm phê duyệt; mã SHA-256 của tệp được lưu cùng quyết định nghiệm thu.',
  )
  sheet.signatures(['ĐẠI DIỆN BÊN A', acceptance.approverName], ['ĐẠI DIỆN BÊN B', facts.accountManager])
  return sheet.save()
}
