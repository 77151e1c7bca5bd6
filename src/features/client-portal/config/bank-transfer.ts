/** What the client writes in the transfer's description, so the provider can match it: `TS-2026-0003 Đặt cọc`. */
export function transferReference(engagementCode: string, paymentLabel: string): string {
  return `${engagementCode} ${paymentLabel}`
}
