export { crc16, transferMemo, vietQrPayload, type VietQrTransfer } from './payload'
export { qrImageUrl } from './qr-image'
