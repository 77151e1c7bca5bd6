import { SERVICE_ROLE_KEY } from './config.ts'

/**
 * The stack's scheduler, in place of a hosted project's pg_cron: it calls the Edge Function
 * `send-notifications` every second (the outbox) and `send_reminders()` with
 * `refresh_dated_whose_moves()` every minute, with the
 * service key, as the cron jobs of docs/database.md do. STACK_SCHEDULER=off turns it off.
 */
export interface Scheduler {
  stop(): Promise<void>
}

type Job = { name: string; everyMs: number; run: () => Promise<void> }

export function startScheduler(url: () => string, log: (line: string) => void = () => undefined): Scheduler {
  if (process.env.STACK_SCHEDULER === 'off') return { stop: async () => undefined }
  const headers = {
    apikey: SERVICE_ROLE_KEY,
    Authorization: `Bearer ${SERVICE_ROLE_KEY}`,
    'Content-Type': 'application/json',
  }
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url()}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    await response.body?.cancel()
  }
  const jobs: Job[] = [
    {
      name: 'send-notifications',
      everyMs: Number(process.env.STACK_NOTIFY_EVERY_MS ?? 1000),
      run: () =>
        post('/functions/v1/send-notifications', {
          max_rows: 50,
          lease_seconds: Number(process.env.STACK_NOTIFY_LEASE_SECONDS ?? 60),
        }),
    },
    {
      name: 'send_reminders',
      everyMs: Number(process.env.STACK_REMINDERS_EVERY_MS ?? 60_000),
      run: async () => {
        await post('/rest/v1/rpc/send_reminders', {})
        await post('/rest/v1/rpc/refresh_dated_whose_moves', {})
      },
    },
  ]
  const running = new Set<Promise<void>>()
  const timers = jobs.map((job) => {
    let busy = false
    return setInterval(() => {
      // One run of a job at a time: a slow send is never overlapped by the next tick.
      if (busy) return
      busy = true
      const run = job
        .run()
        .catch((error: unknown) =>
          log(`scheduler: ${job.name}: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          busy = false
          running.delete(run)
        })
      running.add(run)
    }, job.everyMs)
  })
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer)
      await Promise.allSettled(running)
    },
  }
}
