import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_PORT } from '../supabase/local/config.ts'
import { REPO_ROOT, spawnStack, type StackProcess } from './lib/stack-process.ts'

/** `npm run dev`: the local stack (unless one already runs) and the app's dev server; Ctrl-C stops both. */
const APP_URL = 'http://127.0.0.1:5173'
const stackUrl = `http://127.0.0.1:${DEFAULT_PORT}`

let stack: StackProcess | null = null
let vite: ChildProcess | null = null
let stopping = false
const stopAll = async (code: number) => {
  if (stopping) return
  stopping = true
  if (vite && vite.exitCode === null) vite.kill('SIGTERM')
  await stack?.stop('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

if (await answers(`${stackUrl}/auth/v1/health`)) {
  console.log(`Using the local stack already running at ${stackUrl}`)
} else {
  stack = await spawnStack({ PORT: String(DEFAULT_PORT), STACK_QUIET: '1' })
  console.log(stack.readyLine)
}

vite = spawn(path.join(REPO_ROOT, 'node_modules/.bin/vite'), ['--port', '5173', '--strictPort'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
})
console.log(`\nThe app: ${APP_URL}\nDemo logins:\n${await demoLogins()}\n`)

vite.once('exit', (code) => void stopAll(code ?? 0))
stack?.child.once('exit', () => {
  if (stopping) return
  console.error(`The local stack stopped:\n${stack?.output()}`)
  void stopAll(1)
})

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).status < 500
  } catch {
    return false
  }
}

/** The seed's users and passwords, read from the seed itself so the list cannot go stale. */
async function demoLogins(): Promise<string> {
  const seed = await readFile(path.join(REPO_ROOT, 'supabase/seed.sql'), 'utf8').catch(() => '')
  const logins = [...seed.matchAll(/'([^'\s]+@[^'\s]+)', extensions\.crypt\('([^']+)'/g)]
  return (
    logins.map(([, email, password]) => `  ${email}  /  ${password}`).join('\n') ||
    '  (the seed has no users)'
  )
}
