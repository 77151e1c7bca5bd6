/**
 * `npm run bench:board`: the board as the manager with 2,000 and with 20,000 active engagements.
 * For each size it seeds a fresh local stack, then in Chromium (playwright-core, the distribution's
 * browser) measures sign-in to cards painted (median of several runs), the REST requests before
 * the first paint and in the whole load, the count each column shows against the database's
 * count, and (once) the gzip JavaScript each route downloads, next to the bars.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { SERVICE_ROLE_KEY } from '../supabase/local/config.ts'

const WORK = '/tmp/tams-bench-board'
const API_PORT = Number(process.env.BENCH_API_PORT ?? 54491)
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4191)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** Extra active engagements, and the sign-in to painted bar at each size (docs/quality.md). */
const SIZES = [
  { engagements: 2000, paintMs: 1000 },
  { engagements: 20000, paintMs: 1500 },
]
const BARS = { loginKb: 150, boardKb: 250, requests: 3 }
const STEPS = ['request', 'agreement', 'payment', 'implementation', 'completion', 'acceptance', 'warranty']
const STEP_NAMES = [
  'Tiếp nhận yêu cầu',
  'Chọn gói & thỏa thuận',
  'Thanh toán',
  'Triển khai',
  'Hoàn tất',
  'Nghiệm thu',
  'Bảo hành & hỗ trợ',
]

const seedSql = (engagements: number) => `
insert into public.engagements (code, client_id, account_manager_id, title, step, state, step_entered_at,
  agreed_price_vnd, whose_move, whose_move_reason, whose_move_since, created_by)
select 'TS-2099-' || lpad(g::text, 6, '0'),
  case when g % 2 = 0 then 'c0000000-0000-4000-8000-000000000001'::uuid else 'c0000000-0000-4000-8000-000000000002'::uuid end,
  case when g % 2 = 0 then 'a0000000-0000-4000-8000-000000000003'::uuid else 'a0000000-0000-4000-8000-000000000004'::uuid end,
  'Dự án thử tải số ' || g,
  (enum_range(null::public.engagement_step))[1 + g % 7], 'active', now() - make_interval(hours => g),
  case when g % 7 >= 2 then 15000000 + (g % 5) * 15000000 end,
  case when g % 3 = 0 then 'client' else 'provider' end::public.engagement_party, 'review_request',
  now() - make_interval(hours => g % 50), 'a0000000-0000-4000-8000-000000000002'::uuid
from generate_series(1, ${engagements}) g;
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

/** What the database counts per column on the manager's default board (open states), as service_role. */
async function databaseCounts(apiUrl: string): Promise<number[]> {
  return Promise.all(
    STEPS.map(async (step) => {
      const response = await fetch(
        `${apiUrl}/rest/v1/engagements?select=id&step=eq.${step}&state=in.(active,on_hold)`,
        {
          method: 'HEAD',
          headers: {
            apikey: SERVICE_ROLE_KEY,
            authorization: `Bearer ${SERVICE_ROLE_KEY}`,
            prefer: 'count=exact',
          },
        },
      )
      return Number(response.headers.get('content-range')?.split('/')[1] ?? Number.NaN)
    }),
  )
}

/** The count each column's header shows. */
async function shownCounts(page: Page): Promise<number[]> {
  return Promise.all(
    STEP_NAMES.map(async (name) => {
      const header = await page
        .getByRole('region', { name, exact: true })
        .locator('header p')
        .first()
        .textContent()
      return Number(header?.match(/^[\d.,]+/)?.[0]?.replace(/[.,]/g, '') ?? Number.NaN)
    }),
  )
}

type Measured = {
  times: number[]
  firstPaint: number[]
  /** The REST paths requested before the first card, in the last run. */
  firstPaintPaths?: string[]
  perLoad: number[]
  shown: number[]
  counted: number[]
}

async function measure(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  appUrl: string,
  apiUrl: string,
): Promise<Measured> {
  const measured: Measured = {
    times: [],
    firstPaint: [],
    perLoad: [],
    shown: [],
    counted: await databaseCounts(apiUrl),
  }
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${appUrl}/login`, { waitUntil: 'networkidle' })
    let rest = 0
    page.on('request', (request) => {
      if (request.url().startsWith(`${apiUrl}/rest/v1/`)) rest++
    })
    await page.getByLabel('Email').fill('manager@tams.test')
    await page.getByLabel(/Mật khẩu|Password/).fill('tams-demo-2026')
    // Notes in the page when sign-in starts and when the first card enters the document.
    await page.evaluate(() => {
      const marks = document.documentElement.dataset
      marks.signInAt = String(performance.now())
      new MutationObserver((_, observer) => {
        if (!document.querySelector('article')) return
        marks.paintedAt = String(performance.now())
        observer.disconnect()
      }).observe(document.body, { childList: true, subtree: true })
    })
    const started = Date.now()
    await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click()
    await page.locator('article').first().waitFor()
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    measured.times.push(Date.now() - started)
    // REST requests started between sign-in and the first card, from the page's resource timings.
    const beforePaint = await page.evaluate((restUrl) => {
      const { signInAt, paintedAt } = document.documentElement.dataset
      return performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            entry.name.startsWith(restUrl) &&
            entry.startTime >= Number(signInAt) &&
            entry.startTime <= Number(paintedAt),
        )
        .map((entry) => new URL(entry.name).pathname.slice('/rest/v1/'.length))
    }, `${apiUrl}/rest/v1/`)
    measured.firstPaint.push(beforePaint.length)
    measured.firstPaintPaths = beforePaint
    await page.waitForLoadState('networkidle')
    measured.perLoad.push(rest)
    measured.shown = await shownCounts(page)
    await context.close()
  }
  return measured
}

async function jsSizes(browser: Awaited<ReturnType<typeof chromium.launch>>, appUrl: string, dist: string) {
  const context = await browser.newContext()
  const loginJs = trackJs(context, appUrl)
  const page = await context.newPage()
  await page.goto(`${appUrl}/login`, { waitUntil: 'networkidle' })
  const login = gzipKb(new Set(loginJs), dist)
  const boardJs = trackJs(context, appUrl)
  await page.getByLabel('Email').fill('manager@tams.test')
  await page.getByLabel(/Mật khẩu|Password/).fill('tams-demo-2026')
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click()
  await page.locator('article').first().waitFor()
  await page.waitForLoadState('networkidle')
  const board = gzipKb(new Set([...loginJs, ...boardJs]), dist)
  await context.close()
  return { login, board }
}

async function main() {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  const apiUrl = `http://127.0.0.1:${API_PORT}`
  const appUrl = `http://127.0.0.1:${APP_PORT}`
  const dist = path.join(WORK, 'dist')

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
  const rows: [string, string, string, boolean][] = []
  try {
    for (const size of SIZES) {
      console.log(`Starting a fresh stack with ${size.engagements} extra active engagements…`)
      const seed = path.join(WORK, `engagements-${size.engagements}.sql`)
      writeFileSync(seed, seedSql(size.engagements))
      const stack = await start(
        'node',
        ['scripts/stack.mjs'],
        {
          PORT: String(API_PORT),
          STACK_DATA_DIR: path.join(WORK, `data-${size.engagements}`),
          STACK_EXTRA_SQL: seed,
        },
        /stack ready/i,
      )
      try {
        const m = await measure(browser, appUrl, apiUrl)
        const p50 = median(m.times)
        const same = m.shown.every((count, i) => count === m.counted[i])
        console.log(`\n${size.engagements}: sign-in to painted (ms): ${m.times.join(', ')}`)
        console.log(`  REST before the first card: ${(m.firstPaintPaths ?? []).join(', ')}`)
        console.log(
          `  column counts shown:    ${m.shown.join(', ')}\n  column counts database: ${m.counted.join(', ')}`,
        )
        const at = `${size.engagements} engagements`
        rows.push(
          [
            `${at}: sign-in to cards painted, median ms`,
            p50.toFixed(0),
            `<= ${size.paintMs}`,
            p50 <= size.paintMs,
          ],
          [
            `${at}: REST requests to first paint (max)`,
            String(Math.max(...m.firstPaint)),
            `<= ${BARS.requests}`,
            Math.max(...m.firstPaint) <= BARS.requests,
          ],
          [`${at}: REST requests per load (max)`, String(Math.max(...m.perLoad)), 'none over max_rows', true],
          [`${at}: column counts shown = database`, same ? 'yes' : 'NO', 'yes', same],
        )
        if (size === SIZES[0]) {
          const js = await jsSizes(browser, appUrl, dist)
          rows.push(
            ['login route JS, gzip kB', js.login.toFixed(1), `<= ${BARS.loginKb}`, js.login <= BARS.loginKb],
            ['board route JS, gzip kB', js.board.toFixed(1), `<= ${BARS.boardKb}`, js.board <= BARS.boardKb],
          )
        }
      } finally {
        if (stack.pid) process.kill(-stack.pid)
        await new Promise((resolve) => stack.once('exit', resolve))
      }
    }
    console.table(rows.map(([what, measured, bar, ok]) => ({ what, measured, bar, ok: ok ? 'yes' : 'NO' })))
    process.exitCode = rows.every((row) => row[3]) ? 0 : 1
  } finally {
    await browser.close()
    if (preview.pid) process.kill(-preview.pid)
  }
}

await main()
