import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { STACK_DIR } from '../config.ts'
import type { EdgeFunction } from './catalogue.ts'

/** One function's Deno process, listening on a loopback port of its own. */
export interface FunctionWorker {
  port: number
  child: ChildProcess
}

export interface WorkerSettings {
  denoBinary: string
  /** Deno's module cache (npm packages of the functions), kept in a git-ignored folder. */
  cacheDir: string
  /** What the function sees in Deno.env, as `supabase functions serve` sets it. */
  env: Record<string, string>
  log: (line: string) => void
}

const BOOTSTRAP = path.join(STACK_DIR, 'functions', 'deno', 'serve-on-free-port.ts')
const LISTENING_MARK = '\u0000functions-runtime:listening:'
/** The first start of a function may download its npm packages. */
const BOOT_TIMEOUT_MS = 120_000
/** Settings Deno itself needs to reach the npm registry the way Node and npm on this machine do. */
const PASSED_THROUGH = [
  'NPM_CONFIG_REGISTRY',
  'NODE_EXTRA_CA_CERTS',
  'DENO_CERT',
  'DENO_TLS_CA_STORE',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
]

export class WorkerBootError extends Error {}

/** Starts `deno run` on the function and resolves once its Deno.serve listens. */
export function startWorker(edgeFunction: EdgeFunction, settings: WorkerSettings): Promise<FunctionWorker> {
  const passed = Object.fromEntries(
    PASSED_THROUGH.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  )
  const child = spawn(
    settings.denoBinary,
    [
      'run',
      '--allow-all',
      '--no-prompt',
      '--no-config',
      '--node-modules-dir=none',
      BOOTSTRAP,
      pathToFileURL(edgeFunction.entrypoint).href,
    ],
    {
      cwd: path.dirname(edgeFunction.entrypoint),
      env: {
        ...passed,
        ...settings.env,
        DENO_DIR: settings.cacheDir,
        DENO_NO_PACKAGE_JSON: '1',
        DENO_NO_UPDATE_CHECK: '1',
        NO_COLOR: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  const log = (line: string) => settings.log(`[functions/${edgeFunction.name}] ${line}`)
  createInterface({ input: child.stderr! }).on('line', log)
  return new Promise<FunctionWorker>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new WorkerBootError(`not listening after ${BOOT_TIMEOUT_MS} ms`))
    }, BOOT_TIMEOUT_MS)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith(LISTENING_MARK)) return log(line)
      clearTimeout(timer)
      resolve({ port: Number(line.slice(LISTENING_MARK.length)), child })
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new WorkerBootError(error.message))
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new WorkerBootError(`exited (${signal ?? code}) before serving`))
    })
  })
}

/** SIGTERM, then SIGKILL if the function does not stop within a second. */
export async function stopWorker(worker: FunctionWorker): Promise<void> {
  const { child } = worker
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.stdin?.end()
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 1000)
  await exited
  clearTimeout(timer)
}
