import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { STACK_DIR } from '../config.ts'
import type { EngineNotification, EngineReply, EngineRequest } from './pglite-protocol.ts'
import { DatabaseError } from './types.ts'

type Ok = Extract<EngineReply, { ok: true }>
type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never

/** One PGlite worker thread and the requests waiting on it. */
export class PgliteConnection {
  readonly ready: Promise<void>
  private readonly worker: Worker
  private readonly waiting = new Map<
    number,
    { resolve: (reply: Ok) => void; reject: (error: Error) => void }
  >()
  private nextId = 1
  private dead: Error | null = null

  constructor(
    dataDir: string,
    private readonly onDeath: (connection: PgliteConnection) => void,
    private readonly onNotify: (channel: string, payload: string) => void = () => undefined,
  ) {
    this.worker = new Worker(path.join(STACK_DIR, 'engine', 'pglite-worker.mjs'), { workerData: { dataDir } })
    this.ready = new Promise((resolve, reject) => {
      this.waiting.set(0, { resolve: () => resolve(), reject })
    })
    this.worker.on('message', (message: EngineReply | EngineNotification) => {
      if ('notify' in message) this.onNotify(message.notify.channel, message.notify.payload)
      else this.settle(message)
    })
    this.worker.on('error', (error: unknown) =>
      this.die(error instanceof Error ? error : new Error(String(error))),
    )
    this.worker.on('exit', (code) => this.die(new DatabaseError(`database worker exited (${code})`, '57P01')))
  }

  async send(request: Request, timeoutMs: number): Promise<Ok> {
    await this.ready
    if (this.dead) throw this.dead
    const id = this.nextId++
    return new Promise<Ok>((resolve, reject) => {
      const timer = setTimeout(() => {
        // PGlite cannot cancel a running statement: stop the whole thread; the engine reopens the data.
        void this.terminate(new DatabaseError('canceling statement due to statement timeout', '57014'))
      }, timeoutMs)
      const clear =
        <T>(settle: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer)
          settle(value)
        }
      this.waiting.set(id, { resolve: clear(resolve), reject: clear(reject) })
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads Worker has no target origin
      this.worker.postMessage({ ...request, id } as EngineRequest)
    })
  }

  async terminate(reason: Error): Promise<void> {
    if (this.dead) return
    this.die(reason)
    await this.worker.terminate()
  }

  private die(error: Error): void {
    if (this.dead) return
    this.dead = error
    for (const waiter of this.waiting.values()) waiter.reject(error)
    this.waiting.clear()
    this.onDeath(this)
  }

  private settle(reply: EngineReply): void {
    const waiter = this.waiting.get(reply.id)
    if (!waiter) return
    this.waiting.delete(reply.id)
    if (reply.ok) waiter.resolve(reply)
    else
      waiter.reject(
        new DatabaseError(reply.error.message, reply.error.code, reply.error.detail, reply.error.hint),
      )
  }
}
