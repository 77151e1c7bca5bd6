import { CHROMIUM_MISSING, findChromium } from './testing/chromium.ts'
import { runE2e } from './testing/e2e.ts'
import { printSummary, type SuiteResult } from './testing/result.ts'

/**
 * `npm run test:e2e:repeat [runs] [specs...]`: the browser suite (or the specs named) several times
 * in a row, each run on a fresh seeded stack and build (the suite changes the data it runs on), to
 * show it does not flake.
 */
const runs = Number(process.argv[2] ?? 5)
const specs = process.argv.slice(3)
const chromium = findChromium()
if (!chromium) {
  console.error(CHROMIUM_MISSING)
  process.exit(1)
}

const results: SuiteResult[] = []
for (let run = 1; run <= runs; run++) {
  const started = performance.now()
  const result = await runE2e(chromium, specs)
  const minutes = ((performance.now() - started) / 60_000).toFixed(1)
  results.push({ ...result, name: `run ${run} of ${runs} (${minutes} min)` })
}
printSummary(results, [])
process.exit(results.some((result) => result.failed > 0) ? 1 : 0)
