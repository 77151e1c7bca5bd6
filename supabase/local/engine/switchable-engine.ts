import type { Engine } from './types.ts'

export interface SwitchableEngine extends Engine {
  /**
   * Holds new transactions back, waits for the running ones, then lets `swap` replace the
   * engine underneath (it gets the old one to close); waiting work resumes on the new engine.
   */
  swap(replace: (current: Engine) => Promise<Engine>): Promise<void>
}

/** An engine whose database can be replaced while the HTTP server keeps its reference to it. */
export function switchableEngine(initial: Engine): SwitchableEngine {
  let current = initial
  let paused: Promise<void> | null = null
  let running = 0
  let drained: (() => void) | null = null
  // Listeners outlive a swap: each is registered again on the new engine.
  const listeners = new Map<
    symbol,
    { channel: string; onNotify: (payload: string) => void; stop: () => Promise<void> }
  >()

  const tracked = async <T>(work: (engine: Engine) => Promise<T>): Promise<T> => {
    // oxlint-disable-next-line no-unmodified-loop-condition -- swap() sets it back to null while this waits
    while (paused) await paused
    running++
    try {
      return await work(current)
    } finally {
      running--
      if (running === 0) drained?.()
    }
  }

  return {
    get kind() {
      return current.kind
    },
    transaction: (fn, options) => tracked((engine) => engine.transaction(fn, options)),
    read: (sql, params, options) => tracked((engine) => engine.read(sql, params, options)),
    exec: (sql) => tracked((engine) => engine.exec(sql)),
    async listen(channel, onNotify) {
      const key = Symbol(channel)
      const stop = await tracked((engine) => engine.listen(channel, onNotify))
      listeners.set(key, { channel, onNotify, stop })
      return async () => {
        const listener = listeners.get(key)
        listeners.delete(key)
        await listener?.stop()
      }
    },
    close: () => tracked((engine) => engine.close()),
    async swap(replace) {
      // oxlint-disable-next-line no-unmodified-loop-condition -- the swap in progress sets it back to null while this waits
      while (paused) await paused
      let resume!: () => void
      paused = new Promise<void>((resolve) => (resume = resolve))
      try {
        if (running > 0) await new Promise<void>((resolve) => (drained = resolve))
        drained = null
        current = await replace(current)
        for (const listener of listeners.values())
          listener.stop = await current.listen(listener.channel, listener.onNotify)
      } finally {
        paused = null
        resume()
      }
    },
  }
}
