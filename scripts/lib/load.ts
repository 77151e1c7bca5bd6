import { Agent, request } from 'node:http'

export interface LoadResult {
  requestsPerSecond: number
  failures: number
}

/**
 * Sends the same GET from `concurrency` loops over keep-alive connections for `seconds`, and
 * counts the answers with the expected status. Loopback only; the duration bounds it.
 */
export async function measureThroughput(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  concurrency = 16,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const deadline = performance.now() + seconds * 1000
  let ok = 0
  let failures = 0
  const loop = async () => {
    while (performance.now() < deadline) {
      const status = await get(url, headers, agent).catch(() => 0)
      if (status === 200) ok++
      else failures++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return { requestsPerSecond: ok / elapsed, failures }
}

function get(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, agent }, (response) => {
      response.resume()
      response.once('end', () => resolve(response.statusCode ?? 0))
      response.once('error', reject)
    })
    outgoing.once('error', reject)
    outgoing.end()
  })
}

export const median = (values: number[]): number => {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
