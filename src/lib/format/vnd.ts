const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g
/** A no-break space keeps the amount and its symbol on one line. */
const NBSP = '\u00a0'

/** `300000` -> `300.000 ₫`: đồng have no decimals, thousands are grouped with dots. */
export function formatVnd(amount: number | bigint): string {
  const whole = typeof amount === 'bigint' ? amount : BigInt(Math.trunc(amount))
  const negative = whole < 0n
  const digits = (negative ? -whole : whole).toString().replace(THOUSANDS, '.')
  return `${negative ? '-' : ''}${digits}${NBSP}₫`
}

const VND_INPUT = /^-?\d{1,3}(\.\d{3})*$|^-?\d+$/

/**
 * Reads what a person types as đồng: `300.000`, `300000`, `300.000 ₫` or `300 000` all mean
 * 300000. Dots group thousands (Vietnamese usage), so `1.5` is not a valid amount.
 * Returns null when the text is not a whole amount.
 */
export function parseVnd(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]|₫|đ|VND/gi, '')
  if (!VND_INPUT.test(compact)) return null
  const amount = Number(compact.replaceAll('.', ''))
  return Number.isSafeInteger(amount) ? amount : null
}
