// How the documents write dates, money and the parties, in Vietnamese (the language of record).
import type { Party } from './types.ts'
import { vndInWords } from '../vnd-in-words.ts'

const TIME_ZONE = 'Asia/Ho_Chi_Minh'

export const formatVnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`

/** 01/12/2026 */
export const formatDate = (value: string | Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(value))

/** 14:05 01/12/2026 (giờ Việt Nam) */
export const formatDateTime = (value: string | Date) =>
  `${new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(value))} ${formatDate(value)} (giờ Việt Nam)`

/** "Ngày 01 tháng 12 năm 2026", as a document's place-and-date line writes it. */
export function longDate(value: string | Date): string {
  const [day, month, year] = formatDate(value).split('/')
  return `ngày ${day} tháng ${month} năm ${year}`
}

export const inWords = (amount: number) => `Bằng chữ: ${vndInWords(amount)}.`

export const responsibleWord = (side: 'provider' | 'client') => (side === 'provider' ? 'Bên B' : 'Bên A')

const HANDOVER_KINDS: Record<string, string> = {
  source_code: 'Mã nguồn',
  accounts_credentials: 'Tài khoản, thông tin truy cập',
  user_guide: 'Hướng dẫn sử dụng',
  training_session: 'Buổi đào tạo',
  other: 'Khác',
}

export const handoverKindWord = (kind: string) => HANDOVER_KINDS[kind] ?? kind

export const holderWord = (holder: 'provider' | 'client') => responsibleWord(holder)

/** The national motto every Vietnamese contract document opens with. */
export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']

/** The lines of a party's legal details. */
export function partyLines(party: Party): [string, string][] {
  return [
    ['Mã số thuế', party.taxCode],
    ['Địa chỉ', party.address],
    ['Điện thoại', party.phone],
    ['Email', party.email],
  ]
}
