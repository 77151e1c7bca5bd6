/**
 * `npm run bench:board`: the board with 2,000 active engagements, as the manager.
 * Seeds a fresh local stack, builds the app against it, then in Chromium (playwright-core, the
 * distribution's browser) measures sign-in to cards painted (median of several runs), the REST
 * requests the board makes, and the gzip JavaScript each route downloads, next to the bars.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext } from 'playwright-core'

const WORK = '/tmp/tams-bench-board'
const API_PORT = Number(process.env.BENCH_API_PORT ?? 54491)
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4191)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const ENGAGEMENTS = 2000
const BARS = { loginKb: 150, boardKb: 250, requests: 3, paintMs: 1500 }

const SEED_SQL = `
insert into public.engagements (code, client_id, account_manager_id, title, step, state, step_entered_at,
  agreed_price_vnd, whose_move, whose_move_reason, whose_move_since, created_by)
select 'TS-2099-' || lpad(g::text, 5, '0'),
  case when g % 2 = 0 then 'c0000000-0000-4000-8000-000000000001'::uuid else 'c0000000-0000-4000-8000-000000000002'::uuid end,
  case when g % 2 = 0 then 'a0000000-0000-4000-8000-000000000003'::uuid else 'a0000000-0000-4000-8000-000000000004'::uuid end,
  'Dự án thử tải số ' || g,
  (enum_range(null::public.engagement_step))[1 + g % 7], 'active', now() - make_interval(hours => g),
  case when g % 7 >= 2 then 15000000 + (g % 5) * 15000000 end,
  case when g % 3 = 0 then 'client' else 'provider' end::public.engagement_party, 'review_request',
  now() - make_interval(hours => g % 50), 'a0000000-0000-4000-8000-000000000002'::uuid
from generate_series(1, ${ENGAGEMENTS}) g;
`

function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ChildProcess> {
  // Its own process group, so stopping it also stops what npx started.
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (ready.test(output)) resolve(child)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}):\n${output}`)))
  })
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** gzip size of every JS file a page loaded, read from the build output. */
function gzipKb(files: Set<string>, dist: string): number {
  let bytes = 0
  for (const file of files) bytes += gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length
  return bytes / 1000
}

function trackJs(context: BrowserContext, origin: string): Set<string> {
  const files = new Set<string>()
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === origin && url.pathname.endsWith('.js')) files.add(url.pathname)
  })
  return files
}

async function main() {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  writeFileSync(path.join(WORK, 'engagements.sql'), SEED_SQL)
  const apiUrl = `http://127.0.0.1:${API_PORT}`
  const appUrl = `http://127.0.0.1:${APP_PORT}`
  const dist = path.join(WORK, 'dist')

  console.log(`Starting a fresh stack with ${ENGAGEMENTS} extra active engagements…`)
  const stack = await start(
    'npx',
    ['tsx', 'supabase/local/main.ts'],
    {
      PORT: String(API_PORT),
      STACK_DATA_DIR: path.join(WORK, 'data'),
      STACK_EXTRA_SQL: path.join(WORK, 'engagements.sql'),
    },
    /stack ready/i,
  )
  console.log('Building the app…')
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    env: { ...process.env, VITE_SUPABASE_URL: apiUrl },
    stdio: 'ignore',
  })
  if (build.status !== 0) throw new Error('vite build failed')
  const preview = await start(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--port', String(APP_PORT), '--strictPort'],
    {},
    /127\.0\.0\.1|localhost/,
  )

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const times: number[] = []
    const requestCounts: number[] = []
    let cards = 0
    let loginJs = new Set<string>()
    let storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
      const js = trackJs(context, appUrl)
      const page = await context.newPage()
      await page.goto(`${appUrl}/login`, { waitUntil: 'networkidle' })
      if (run === 0) loginJs = new Set(js)
      let rest = 0
      page.on('request', (request) => {
        if (request.url().startsWith(`${apiUrl}/rest/v1/`)) rest++
      })
      await page.getByLabel('Email').fill('manager@tams.test')
      await page.getByLabel(/Mật khẩu|Password/).fill('tams-demo-2026')
      const started = Date.now()
      await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click()
      await page.locator('article').first().waitFor()
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      )
      times.push(Date.now() - started)
      await page.waitForLoadState('networkidle')
      requestCounts.push(rest)
      cards = Number(
        (await page.getByText(/dự án đang hiển thị|engagements shown/).textContent())?.match(/\d+/)?.[0] ?? 0,
      )
      storageState ??= await context.storageState()
      await context.close()
    }

    // All JS a signed-in visit to /board downloads.
    const context = await browser.newContext({ storageState })
    const boardJs = trackJs(context, appUrl)
    const page = await context.newPage()
    await page.goto(`${appUrl}/board`, { waitUntil: 'networkidle' })
    await page.locator('article').first().waitFor()
    await context.close()

    const rows: [string, string, string, boolean][] = [
      ['engagements on the board (manager)', String(cards), `>= ${ENGAGEMENTS}`, cards >= ENGAGEMENTS],
      [
        'sign-in to cards painted, median ms',
        median(times).toFixed(0),
        `<= ${BARS.paintMs}`,
        median(times) <= BARS.paintMs,
      ],
      [
        'REST requests to load the board (max)',
        String(Math.max(...requestCounts)),
        `<= ${BARS.requests}`,
        Math.max(...requestCounts) <= BARS.requests,
      ],
      [
        'login route JS, gzip kB',
        gzipKb(loginJs, dist).toFixed(1),
        `<= ${BARS.loginKb}`,
        gzipKb(loginJs, dist) <= BARS.loginKb,
      ],
      [
        'board route JS, gzip kB',
        gzipKb(boardJs, dist).toFixed(1),
        `<= ${BARS.boardKb}`,
        gzipKb(boardJs, dist) <= BARS.boardKb,
      ],
    ]
    console.log(`\nruns: ${RUNS}; sign-in to painted (ms): ${times.join(', ')}`)
    console.table(rows.map(([what, measured, bar, ok]) => ({ what, measured, bar, ok: ok ? 'yes' : 'NO' })))
    process.exitCode = rows.every((row) => row[3]) ? 0 : 1
  } finally {
    await browser.close()
    for (const child of [preview, stack]) if (child.pid) process.kill(-child.pid)
  }
}

await main()
