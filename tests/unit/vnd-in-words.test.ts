import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number'
import { vndInWords } from '../../supabase/functions/_shared/vnd-in-words.ts'

// shared/reference/vietqr.md §2.2, each row checked there against read-vietnamese-number.
const EXAMPLES: [number, string][] = [
  [0, 'Không đồng'],
  [21, 'Hai mươi mốt đồng'],
  [105, 'Một trăm linh năm đồng'],
  [15, 'Mười lăm đồng'],
  [24, 'Hai mươi tư đồng'],
  [1_005, 'Một nghìn không trăm linh năm đồng'],
  [1_000_005, 'Một triệu không trăm linh năm đồng'],
  [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
  [1_000_000_000, 'Một tỷ đồng'],
  [1_234_567_890, 'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng'],
  [400_070_192, 'Bốn trăm triệu không trăm bảy mươi nghìn một trăm chín mươi hai đồng'],
  [1_000_000_000_000, 'Một nghìn tỷ đồng'],
]

test('amounts in words read as Vietnamese documents write them', () => {
  for (const [amount, words] of EXAMPLES) assert.equal(vndInWords(amount), words, String(amount))
})

test('amounts in words agree with read-vietnamese-number on many amounts', () => {
  const config = new ReadingConfig()
  config.unit = []
  config.oddText = 'linh'
  config.units = [[], ['nghìn'], ['triệu'], ['tỷ']]
  const library = (amount: number) => {
    const words = doReadNumber(String(amount), config)
    return `${words[0]!.toUpperCase()}${words.slice(1)} đồng`
  }
  let seed = 7
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
  const amounts = [10, 11, 14, 101, 110, 1_000, 10_000_000, 2_000_000_001, 999_999_999_999]
  for (let index = 0; index < 2_000; index++) amounts.push(next() * (index % 3 === 0 ? 1 : next() % 1000))
  for (const amount of amounts) assert.equal(vndInWords(amount), library(amount), String(amount))
})

test('only whole, non-negative amounts have a reading', () => {
  assert.throws(() => vndInWords(-1), RangeError)
  assert.throws(() => vndInWords(1.5), RangeError)
})
