// The text inside a VietQR bank-transfer code (NAPAS247, EMVCo merchant-presented QR), per NAPAS's
// "Tài liệu quy định về định dạng mã VietQR" v1.0 (09/2021): TLV fields in ascending order, the
// NAPAS account template (ID 38), VND, the memo in 62/08 and a CRC-16/CCITT-FALSE over all of it.

/** NAPAS's application ID (38/00) and the service code for a transfer to an account (38/02). */
const NAPAS_GUID = 'A000000727'
const TRANSFER_TO_ACCOUNT = 'QRIBFTTA'
const VND = '704'
/** A banking app prefills 62/08 (Purpose of Transaction) as the transfer note; ANS, at most 25. */
const MEMO_MAX = 25

export interface VietQrTransfer {
  /** The bank's 6-digit BIN (company_settings.bank_bin), e.g. 970436 for Vietcombank. */
  bankBin: string
  accountNumber: string
  /** Whole VND above 0; a code with an amount is dynamic (one transaction). */
  amountVnd?: number
  memo?: string
}

/** One data object: 2-digit ID, 2-digit length, value; a value over 99 characters cannot be encoded. */
export function tlv(id: string, value: string): string {
  if (value.length < 1 || value.length > 99)
    throw new RangeError(`VietQR field ${id} must have 1 to 99 characters.`)
  return `${id}${String(value.length).padStart(2, '0')}${value}`
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection): 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index) << 8
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}

/** A memo banks keep: no diacritics, đ -> d, upper case, only A-Z 0-9 and single spaces, ≤ 25. */
export function transferMemo(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, MEMO_MAX)
    .trim()
}

/** The payload of a VietQR transfer to an account; throws on a value the format cannot carry. */
export function vietQrPayload(transfer: VietQrTransfer): string {
  if (!/^[0-9]{6}$/.test(transfer.bankBin)) throw new RangeError('A bank BIN has 6 digits.')
  if (!/^[0-9A-Za-z]{1,19}$/.test(transfer.accountNumber)) {
    throw new RangeError('An account number has 1 to 19 letters or digits.')
  }
  const { amountVnd } = transfer
  if (amountVnd !== undefined && !(Number.isSafeInteger(amountVnd) && amountVnd > 0)) {
    throw new RangeError('A VietQR amount is a whole number of VND above 0.')
  }
  const memo = transfer.memo === undefined ? '' : transferMemo(transfer.memo)
  const beneficiary = tlv('00', transfer.bankBin) + tlv('01', transfer.accountNumber)
  const body =
    tlv('00', '01') +
    tlv('01', amountVnd === undefined ? '11' : '12') +
    tlv('38', tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', TRANSFER_TO_ACCOUNT)) +
    tlv('53', VND) +
    (amountVnd === undefined ? '' : tlv('54', String(amountVnd))) +
    tlv('58', 'VN') +
    (memo ? tlv('62', tlv('08', memo)) : '') +
    '6304'
  return body + crc16(body)
}
