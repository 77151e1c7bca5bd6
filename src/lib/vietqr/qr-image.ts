/**
 * The QR code of a payload as an SVG data URL. The QR library is imported here, on first use, so
 * only a page that shows a code downloads it.
 */
export async function qrImageUrl(payload: string): Promise<string> {
  const { toString } = await import('qrcode')
  // M recovers 15% of a damaged or glared code; the 4-module quiet zone is what scanners expect.
  const svg = await toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
