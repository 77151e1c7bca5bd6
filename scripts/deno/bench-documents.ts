// Builds each business document many times and prints the p50 build time; with --out DIR it also
// writes one of each there. Run under Deno (npm run bench:documents), as the Edge Function runs.
import { buildMinutesPdf } from '../../supabase/functions/_shared/business-documents/minutes.ts'
import { loadPdfKit } from '../../supabase/functions/_shared/business-documents/pdf-kit.ts'
import { buildQuotePdf } from '../../supabase/functions/_shared/business-documents/quote.ts'
import { buildReceiptPdf } from '../../supabase/functions/_shared/business-documents/receipt.ts'
import { minutes, quote, receipt } from './sample-documents.ts'

const RUNS = Number(Deno.env.get('BENCH_RUNS') ?? 20)
const outIndex = Deno.args.indexOf('--out')
const outDir = outIndex >= 0 ? Deno.args[outIndex + 1] : undefined

const started = performance.now()
const { lib, fonts } = await loadPdfKit()
console.log(`fonts and pdf-lib loaded in ${(performance.now() - started).toFixed(0)} ms`)

const documents = {
  quote: () => buildQuotePdf(lib, fonts, quote),
  receipt: () => buildReceiptPdf(lib, fonts, receipt),
  minutes: () => buildMinutesPdf(lib, fonts, minutes),
}
const results: Record<string, unknown>[] = []
for (const [name, build] of Object.entries(documents)) {
  const times: number[] = []
  let bytes = new Uint8Array()
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    bytes = await build()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  results.push({
    document: name,
    runs: RUNS,
    p50_ms: Number(times[Math.floor(RUNS / 2)]!.toFixed(1)),
    pdf_bytes: bytes.length,
  })
  if (outDir) await Deno.writeFile(`${outDir}/${name}.pdf`, bytes)
}
console.table(results)
