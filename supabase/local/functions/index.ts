import type { ApiRequest, ApiResponse, ServiceHandler } from '../http/types.ts'
import { json } from '../http/types.ts'
import { readCatalogue, sourceVersion, type EdgeFunction } from './catalogue.ts'
import { DENO_MISSING, findDenoBinary } from './deno-binary.ts'
import { forwardedAuthorization, refuseUnverifiedCaller } from './gateway-auth.ts'
import {
  WorkerBootError,
  startWorker,
  stopWorker,
  type FunctionWorker,
  type WorkerSettings,
} from './workers.ts'

export interface FunctionsRuntimeOptions extends Omit<WorkerSettings, 'denoBinary' | 'env'> {
  /** `<project>/functions` folders; a later folder's function of the same name wins. */
  functionsDirs: string[]
  /** Known once the stack listens: SUPABASE_URL and the keys the functions get. */
  env: () => Record<string, string>
}

export interface FunctionsRuntime {
  handle: ServiceHandler
  close(): Promise<void>
}

// Supabase CLI functions/serve/templates/main.ts: the plain-text 404 and the boot failure's body.
const functionNotFound = (): ApiResponse => ({
  status: 404,
  headers: { 'content-type': 'text/plain' },
  body: 'Function not found',
})
const bootError = (): ApiResponse =>
  json(
    503,
    { code: 'BOOT_ERROR', message: 'Worker failed to boot (please check logs)' },
    { 'content-type': 'application/json' },
  )

/** Hop-by-hop and recomputed headers, not passed between the caller and the function. */
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'upgrade',
])

/**
 * `/functions/v1/<name>`: each function runs in its own Deno process, started on its first request
 * (so the stack starts as fast without them), started again when its code changed, and stopped
 * with the stack.
 */
export function createFunctionsRuntime(options: FunctionsRuntimeOptions): FunctionsRuntime {
  if (!findDenoBinary()) options.log(DENO_MISSING)
  const workers = new Map<string, { version: number; worker: Promise<FunctionWorker> }>()
  const workerOf = (edgeFunction: EdgeFunction, denoBinary: string): Promise<FunctionWorker> => {
    const version = sourceVersion(edgeFunction)
    const running = workers.get(edgeFunction.name)
    if (running?.version === version) return running.worker
    running?.worker.then(stopWorker, () => undefined)
    const starting = startWorker(edgeFunction, { ...options, denoBinary, env: options.env() })
    const entry = { version, worker: starting }
    workers.set(edgeFunction.name, entry)
    const forget = () => workers.get(edgeFunction.name) === entry && workers.delete(edgeFunction.name)
    starting.then((worker) => worker.child.once('exit', forget), forget)
    return starting
  }

  const handle: ServiceHandler = async (request) => {
    const name = request.path.split('/')[1] ?? ''
    const edgeFunction = readCatalogue(options.functionsDirs).get(name)
    if (!edgeFunction) return functionNotFound()
    const authorization = forwardedAuthorization(request.headers)
    const refusal = edgeFunction.verifyJwt ? refuseUnverifiedCaller(request.method, authorization) : null
    if (refusal) return refusal
    const denoBinary = findDenoBinary()
    if (!denoBinary) {
      options.log(DENO_MISSING)
      return json(503, { code: 'BOOT_ERROR', message: DENO_MISSING }, { 'content-type': 'application/json' })
    }
    let worker: FunctionWorker
    try {
      worker = await workerOf(edgeFunction, denoBinary)
    } catch (error) {
      if (!(error instanceof WorkerBootError)) throw error
      options.log(`[functions/${name}] failed to boot: ${error.message}`)
      return bootError()
    }
    return forward(request, worker, authorization)
  }

  return {
    handle,
    async close() {
      const running = [...workers.values()]
      workers.clear()
      await Promise.all(running.map(({ worker }) => worker.then(stopWorker, () => undefined)))
    },
  }
}

/** The request as Kong passes it on (path below /functions/v1, Authorization rewritten), and the answer back. */
async function forward(
  request: ApiRequest,
  worker: FunctionWorker,
  authorization: string | undefined,
): Promise<ApiResponse> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (NOT_FORWARDED.has(name) || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  if (authorization) headers.set('authorization', authorization)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  const response = await fetch(`http://127.0.0.1:${worker.port}${request.path}${request.url.search}`, {
    method: request.method,
    headers,
    body: hasBody ? new Uint8Array(await request.readBody()) : undefined,
    redirect: 'manual',
  })
  const answer: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name)) answer[name] = value
  })
  return { status: response.status, headers: answer, body: Buffer.from(await response.arrayBuffer()) }
}
