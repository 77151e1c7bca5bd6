/**
 * TAMS - SAGOS's bank account for client transfers, shown on every amount due. A constant of the
 * provider (not data): change it here when the company's account changes.
 */
export const PROVIDER_BANK_ACCOUNT = {
  bankName: 'Vietcombank – Ngân hàng TMCP Ngoại thương Việt Nam',
  branch: 'Chi nhánh TP. Hồ Chí Minh',
  accountNumber: '0071 0012 34567',
  accountHolder: 'CONG TY TNHH TAMS - SAGOS',
} as const

/** What the client writes in the transfer's description, so the provider can match it: `TS-2026-0003 Đặt cọc`. */
export function transferReference(engagementCode: string, paymentLabel: string): string {
  return `${engagementCode} ${paymentLabel}`
}
