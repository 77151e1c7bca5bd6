export interface SuiteResult {
  name: string
  passed: number
  failed: number
  note?: string
}

export function printSummary(results: SuiteResult[], leftOut: string[]): void {
  console.log('\nSummary')
  for (const result of results) {
    console.log(
      `  ${result.name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ''}`,
    )
  }
  for (const reason of leftOut) console.log(`  left out: ${reason}`)
  const passed = results.reduce((sum, result) => sum + result.passed, 0)
  const failed = results.reduce((sum, result) => sum + result.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
}
