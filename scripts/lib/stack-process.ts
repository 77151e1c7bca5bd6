import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureStackBundle } from './stack-bundle.mjs'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const READY = /Local Supabase stack ready at (http:\/\/\S+)/
/** Keep only the end of a long-running stack's log. */
const OUTPUT_LIMIT = 64 * 1024

export interface StackProcess {
  url: string
  readyLine: string
  /** From spawn to the ready line, as a user of `npm run stack` waits for it. */
  startMs: number
  child: ChildProcess
  /** Everything the process printed so far (its request log included unless STACK_QUIET). */
  output(): string
  /** SIGTERM (graceful) or SIGKILL; resolves when the process has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
}

/**
 * Runs the stack's bundle as one child process (plain node, no wrapper process, so a signal reaches
 * the stack itself) and waits for its ready line. A stale bundle is rebuilt first, outside the timing.
 */
export async function spawnStack(
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
): Promise<StackProcess> {
  const bundle = await ensureStackBundle()
  const started = performance.now()
  const child = spawn(process.execPath, ['--enable-source-maps', bundle], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const append = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT)
  }
  let stopping = false
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    stopping = true
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  const readyLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`stack not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      append(chunk)
      const line = output.split('\n').find((candidate) => READY.test(candidate))
      if (!line) return
      clearTimeout(timer)
      child.stdout?.off('data', onData).on('data', append)
      resolve(line)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', append)
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`stack exited before it was ready:\n${output}`))
    })
  }).catch(async (error: unknown) => {
    await stop('SIGKILL')
    throw error
  })
  // A stack that dies under a test run must say why, not leave only refused connections behind.
  void exited.then(() => {
    if (!stopping)
      process.stderr.write(
        `The local stack exited (${child.exitCode ?? child.signalCode}). Its last output:\n${output}\n`,
      )
  })
  const url = READY.exec(readyLine)![1]!
  return { url, readyLine, startMs: performance.now() - started, child, output: () => output, stop }
}
