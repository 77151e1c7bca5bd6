import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_PORT } from '../supabase/local/config.ts'
import { mailCatcherPorts, startMailCatcher, type MailCatcher } from './lib/mail-catcher.ts'
import { REPO_ROOT, spawnStack, type StackProcess } from './lib/stack-process.ts'

/**
 * `npm run dev`: the mail catcher and the local stack (each unless one already runs) and the app's
 * dev server; Ctrl-C stops them all.
 */
const APP_URL = 'http://127.0.0.1:5173'
const stackUrl = `http://127.0.0.1:${DEFAULT_PORT}`

let stack: StackProcess | null = null
let mail: MailCatcher | null = null
let vite: ChildProcess | null = null
let stopping = false
const stopAll = async (code: number) => {
  if (stopping) return
  stopping = true
  if (vite && vite.exitCode === null) vite.kill('SIGTERM')
  await stack?.stop('SIGTERM')
  await mail?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

const mailPorts = mailCatcherPorts()
const mailUrl = `http://127.0.0.1:${mailPorts.web}`
if (await answers(`${mailUrl}/api/healthz`)) {
  console.log(`Using the mail catcher already running at ${mailUrl}`)
} else {
  mail = await startMailCatcher(mailPorts)
}

if (await answers(`${stackUrl}/auth/v1/health`)) {
  console.log(`Using the local stack already running at ${stackUrl}`)
} else {
  stack = await spawnStack({
    PORT: String(DEFAULT_PORT),
    STACK_QUIET: '1',
    STACK_SMTP_PORT: String(mail?.smtpPort ?? mailPorts.smtp),
  })
  console.log(stack.readyLine)
}

vite = spawn(path.join(REPO_ROOT, 'node_modules/.bin/vite'), ['--port', '5173', '--strictPort'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
})
console.log(
  `\nThe app: ${APP_URL}\nMail catcher (every email Auth sends): ${mail?.url ?? mailUrl}\nDemo logins:\n${await demoLogins()}\n`,
)

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
