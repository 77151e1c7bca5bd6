import busboy from 'busboy'
import type { ApiRequest } from '../http/types.ts'
import { invalidRequest } from './errors.ts'

export interface UploadedFile {
  bytes: Buffer
  mimetype: string
  cacheControl: string
  userMetadata: Record<string, unknown> | null
}

const DEFAULT_CACHE_CONTROL = 'max-age=3600'

/** storage-js sends a Blob as multipart (file under an empty field name) and anything else as the raw body. */
export async function readUploadedFile(request: ApiRequest): Promise<UploadedFile> {
  const contentType = headerValue(request, 'content-type')
  const body = await request.readBody()
  if (contentType.toLowerCase().startsWith('multipart/form-data')) return parseMultipart(contentType, body)
  const cacheControl = headerValue(request, 'cache-control')
  return {
    bytes: body,
    mimetype: contentType || 'text/plain;charset=UTF-8',
    cacheControl: cacheControl || DEFAULT_CACHE_CONTROL,
    userMetadata: parseMetadata(Buffer.from(headerValue(request, 'x-metadata'), 'base64').toString('utf8')),
  }
}

function headerValue(request: ApiRequest, name: string): string {
  const value = request.headers[name]
  return typeof value === 'string' ? value : ''
}

function parseMultipart(contentType: string, body: Buffer): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>()
    let file: { bytes: Buffer; mimetype: string } | undefined
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: { 'content-type': contentType }, limits: { files: 1 } })
    } catch {
      reject(invalidRequest('Malformed multipart body'))
      return
    }
    parser.on('field', (name, value) => fields.set(name, value))
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => (file = { bytes: Buffer.concat(chunks), mimetype: info.mimeType }))
    })
    parser.on('error', () => reject(invalidRequest('Malformed multipart body')))
    parser.on('close', () => {
      if (!file) return reject(invalidRequest('The multipart body has no file'))
      const cacheControl = fields.get('cacheControl')
      resolve({
        bytes: file.bytes,
        mimetype: file.mimetype || 'application/octet-stream',
        cacheControl: !cacheControl
          ? DEFAULT_CACHE_CONTROL
          : /^\d+$/.test(cacheControl)
            ? `max-age=${cacheControl}`
            : cacheControl,
        userMetadata: parseMetadata(fields.get('metadata') ?? ''),
      })
    })
    parser.end(body)
  })
}

function parseMetadata(raw: string): Record<string, unknown> | null {
  if (raw.trim() === '') return null
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // fall through to the refusal below
  }
  throw invalidRequest('metadata must be a JSON object')
}
