/**
 * Phoenix channel frames as realtime-js 2.x sends them: vsn 1.0.0 JSON objects, vsn 2.0.0 JSON
 * arrays `[join_ref, ref, topic, event, payload]` plus binary frames for user broadcasts.
 */
export type ProtocolVersion = '1.0.0' | '2.0.0'

export interface Frame {
  joinRef: string | null
  ref: string | null
  topic: string
  event: string
  payload: Record<string, unknown>
}

const USER_BROADCAST_PUSH = 3
const JSON_ENCODING = 1

export const protocolVersion = (requested: string | null): ProtocolVersion =>
  requested === '1.0.0' ? '1.0.0' : '2.0.0'

export function decodeFrame(data: Buffer, isBinary: boolean, version: ProtocolVersion): Frame | null {
  try {
    if (isBinary) return decodeBinaryBroadcast(data)
    const value: unknown = JSON.parse(data.toString('utf8'))
    if (Array.isArray(value) && version === '2.0.0') {
      const [joinRef, ref, topic, event, payload] = value as unknown[]
      return frame(joinRef, ref, topic, event, payload)
    }
    if (isRecord(value)) return frame(value.join_ref, value.ref, value.topic, value.event, value.payload)
    return null
  } catch {
    return null
  }
}

export function encodeFrame(message: Frame, version: ProtocolVersion): string {
  const { joinRef, ref, topic, event, payload } = message
  if (version === '1.0.0') return JSON.stringify({ join_ref: joinRef, ref, topic, event, payload })
  return JSON.stringify([joinRef, ref, topic, event, payload])
}

function frame(
  joinRef: unknown,
  ref: unknown,
  topic: unknown,
  event: unknown,
  payload: unknown,
): Frame | null {
  if (typeof topic !== 'string' || typeof event !== 'string') return null
  return {
    joinRef: optionalString(joinRef),
    ref: optionalString(ref),
    topic,
    event,
    payload: isRecord(payload) ? payload : {},
  }
}

/**
 * vsn 2.0.0 user broadcast push: kind, five lengths (join ref, ref, topic, event, metadata), the
 * payload encoding, those strings, then the payload (JSON or raw bytes).
 */
function decodeBinaryBroadcast(data: Buffer): Frame | null {
  if (data.length < 7 || data[0] !== USER_BROADCAST_PUSH) return null
  const lengths = [data[1]!, data[2]!, data[3]!, data[4]!, data[5]!]
  const encoding = data[6]
  let offset = 7
  const [joinRef, ref, topic, event, metadata] = lengths.map((length) => {
    const text = data.subarray(offset, offset + length).toString('utf8')
    offset += length
    return text
  }) as [string, string, string, string, string]
  const body = data.subarray(offset)
  const userPayload: unknown =
    encoding === JSON_ENCODING ? JSON.parse(body.toString('utf8')) : { base64: body.toString('base64') }
  const payload: Record<string, unknown> = { type: 'broadcast', event, payload: userPayload }
  if (metadata) payload.meta = JSON.parse(metadata)
  return { joinRef: joinRef || null, ref: ref || null, topic, event: 'broadcast', payload }
}

const optionalString = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
