import assert from 'node:assert/strict'
import { test } from 'node:test'
import { crc16, transferMemo, vietQrPayload } from '../../src/lib/vietqr/payload.ts'

// Payloads published by NAPAS (spec v1.0 §6.1.3) and recomputed in shared/reference/vietqr.md §1.7.
const NAPAS_DYNAMIC =
  '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang6304'
const VCB_DYNAMIC =
  '00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA5303704540712500005802VN62140810INV20240016304534F'
const VCB_STATIC =
  '00020101021138540010A00000072701240006970436011001234567890208QRIBFTTA53037045802VN63046A15'

/** A second CRC-16/CCITT-FALSE, table-driven (the way node-crc and vietnam-qr-pay compute it). */
const TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 8
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1
  return crc & 0xffff
})
const tableCrc = (text: string) =>
  [...Buffer.from(text, 'ascii')]
    .reduce((crc, byte) => ((crc << 8) ^ TABLE[((crc >> 8) ^ byte) & 0xff]!) & 0xffff, 0xffff)
    .toString(16)
    .toUpperCase()
    .padStart(4, '0')

/** Splits a TLV string strictly: every length must match, or it throws. */
function parseTlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (let at = 0; at < text.length;) {
    const id = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    const value = text.slice(at + 4, at + 4 + length)
    assert.equal(value.length, length, `field ${id} is cut short`)
    fields.set(id, value)
    at += 4 + length
  }
  return fields
}

test('the CRC is CRC-16/CCITT-FALSE: check value 29B1 and the published payloads', () => {
  assert.equal(crc16('123456789'), '29B1')
  assert.equal(crc16(NAPAS_DYNAMIC), '2E2E')
  for (const payload of [VCB_DYNAMIC, VCB_STATIC]) {
    assert.equal(crc16(payload.slice(0, -4)), payload.slice(-4))
    assert.equal(tableCrc(payload.slice(0, -4)), payload.slice(-4))
  }
})

test('a dynamic transfer to a Vietcombank account matches the recomputed example', () => {
  const payload = vietQrPayload({
    bankBin: '970436',
    accountNumber: '0123456789',
    amountVnd: 1_250_000,
    memo: 'INV2024001',
  })
  assert.equal(payload, VCB_DYNAMIC)
  assert.equal(vietQrPayload({ bankBin: '970436', accountNumber: '0123456789' }), VCB_STATIC)
})

test('a payment reference parses back field by field, with an independently computed CRC', () => {
  const payload = vietQrPayload({
    bankBin: '970436',
    accountNumber: '1023456789',
    amountVnd: 30_000_000,
    memo: 'TS20260022 P1',
  })
  const root = parseTlv(payload)
  assert.deepEqual([...root.keys()], ['00', '01', '38', '53', '54', '58', '62', '63'])
  assert.equal(root.get('01'), '12')
  assert.equal(root.get('53'), '704')
  assert.equal(root.get('54'), '30000000')
  assert.equal(root.get('58'), 'VN')
  const account = parseTlv(root.get('38')!)
  assert.equal(account.get('00'), 'A000000727')
  assert.equal(account.get('02'), 'QRIBFTTA')
  const beneficiary = parseTlv(account.get('01')!)
  assert.equal(beneficiary.get('00'), '970436')
  assert.equal(beneficiary.get('01'), '1023456789')
  assert.equal(parseTlv(root.get('62')!).get('08'), 'TS20260022 P1')
  assert.equal(root.get('63'), tableCrc(payload.slice(0, -4)))
})

test('the memo keeps only what banks keep: no diacritics, no punctuation, at most 25 characters', () => {
  assert.equal(transferMemo('TS-2026-0022: Đợt 1'), 'TS 2026 0022 DOT 1')
  assert.equal(transferMemo('ts20260022 p1'), 'TS20260022 P1')
  assert.equal(transferMemo('Thanh toán hợp đồng phần mềm quản lý kho'), 'THANH TOAN HOP DONG PHAN')
  assert.ok(transferMemo('x'.repeat(60)).length <= 25)
})

test('values the format cannot carry are refused, never wrapped', () => {
  const base = { bankBin: '970436', accountNumber: '0123456789' }
  assert.throws(() => vietQrPayload({ ...base, amountVnd: 0 }), RangeError)
  assert.throws(() => vietQrPayload({ ...base, amountVnd: 12.5 }), RangeError)
  assert.throws(() => vietQrPayload({ ...base, bankBin: '97043' }), RangeError)
  assert.throws(() => vietQrPayload({ ...base, accountNumber: '0123-456' }), RangeError)
  assert.throws(() => vietQrPayload({ ...base, accountNumber: '1'.repeat(20) }), RangeError)
})
