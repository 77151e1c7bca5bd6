import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Engine } from '../engine/types.ts'

/** What every service of the stack (rest, auth, storage) gets for one HTTP request. */
export interface ApiRequest {
  method: string
  url: URL
  /** The path below the service prefix: `/engagements` for `/rest/v1/engagements`. */
  path: string
  headers: IncomingHttpHeaders
  raw: IncomingMessage
  /** The whole body, refused with 413 past MAX_BODY_BYTES (see body.ts). */
  readBody(): Promise<Buffer>
}

export interface ApiResponse {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer | null
}

export interface StackContext {
  engine: Engine
  /** Where Storage keeps object bytes (`<storageDir>/<bucket>/<path>`). */
  storageDir: string
  /** Schemas the REST API serves (PostgREST's db-schemas); the first is the default profile. */
  exposedSchemas: string[]
  /** `[api] max_rows` of config.toml (PostgREST's db-max-rows); null for no cap. */
  maxRows: number | null
}

export type ServiceHandler = (request: ApiRequest, context: StackContext) => Promise<ApiResponse>

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
})
