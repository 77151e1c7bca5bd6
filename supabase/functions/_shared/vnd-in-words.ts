// A VND amount in Vietnamese words (số tiền bằng chữ), as documents write it: groups of three
// digits with nghìn / triệu / tỷ, an all-zero group left out, "không trăm" inside the number,
// "linh" for a zero tens digit, mốt / tư / lăm after the tens. Pure, so the Edge Functions and the
// app's tests share it.

/** Scales of the groups of three digits below a billion. */
const SCALES = ['', 'nghìn', 'triệu']
const BILLION = 1_000_000_000n

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
function readTensAndUnits(tens: number, units: number, afterHundreds: boolean): string[] {
  if (tens === 0) {
    if (units === 0) return []
    return afterHundreds ? ['linh', DIGITS[units]!] : [DIGITS[units]!]
  }
  const words = tens === 1 ? ['mười'] : [DIGITS[tens]!, 'mươi']
  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt')
  else if (units === 4) words.push(tens === 1 ? 'bốn' : 'tư')
  else if (units === 5) words.push('lăm')
  else if (units > 0) words.push(DIGITS[units]!)
  return words
}

/** One group of three digits; `full` says the hundreds even when 0 (every group after the first). */
function readGroup(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100)
  const tens = Math.floor(group / 10) % 10
  const units = group % 10
  const saysHundreds = full || hundreds > 0
  const words = saysHundreds ? [DIGITS[hundreds]!, 'trăm'] : []
  return [...words, ...readTensAndUnits(tens, units, saysHundreds)]
}

/** Below a billion: the groups with nghìn and triệu, `full` when a higher group was said. */
function readBelowBillion(value: bigint, full: boolean): string[] {
  const groups = [value % 1000n, (value / 1000n) % 1000n, value / 1_000_000n].map(Number)
  const highest = groups.findLastIndex((group) => group > 0)
  const words: string[] = []
  for (let index = highest; index >= 0; index--) {
    const group = groups[index]!
    if (group === 0) continue
    words.push(...readGroup(group, full || index < highest))
    if (SCALES[index]) words.push(SCALES[index]!)
  }
  return words
}

/** Billions read as a number before tỷ (so 10¹² is một nghìn tỷ), then the rest below them. */
function readWords(value: bigint, full: boolean): string[] {
  if (value < BILLION) return readBelowBillion(value, full)
  const rest = value % BILLION
  return [...readWords(value / BILLION, full), 'tỷ', ...(rest > 0n ? readBelowBillion(rest, true) : [])]
}

/** Reads a non-negative integer in Vietnamese words, lower case: 105 -> "một trăm linh năm". */
export function readVietnameseNumber(value: bigint): string {
  if (value < 0n) throw new RangeError('A negative amount has no reading here.')
  return value === 0n ? DIGITS[0]! : readWords(value, false).join(' ')
}
/** An amount in VND as a document writes it: "Một tỷ hai trăm ... đồng". */
export function vndInWords(amountVnd: number | bigint): string {
  if (typeof amountVnd === 'number' && !Number.isSafeInteger(amountVnd)) {
    throw new RangeError('An amount in VND is a whole number.')
  }
  const words = readVietnameseNumber(BigInt(amountVnd))
  return `${words[0]!.toUpperCase()}${words.slice(1)} đồng`
}
