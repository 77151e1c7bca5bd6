import { formatVnd } from '@/lib/format'

import { isRefusalKey, workflowT } from './messages'
import { stateName, stepName } from './names'
import { isParty, isState, isStep, type Party } from './steps'

/**
 * The one place a refusal from the database is put into words. `message` is a stable code,
 * `details` JSON says who must act; a page may have its own sentence for a code (`where`).
 */
export type Refusal = {
  code: string
  waitingOn: Party
  details: Record<string, unknown>
  /** A sentence a person understands: what is missing and who must act. */
  message: string
  /** "Đang chờ khách hàng." / "Waiting for the client." (empty when nobody must act). */
  waitingOnMessage: string
}

/** Pages whose refusals read differently: `not_manager` names what the page shows. */
export type RefusalPage = 'warrantyQueue' | 'oversight'

type ErrorLike = { message?: unknown; details?: unknown; code?: unknown }

const CODE = /^[a-z][a-z_]*$/

function parseDetails(details: unknown): Record<string, unknown> {
  if (typeof details !== 'string' || !details.startsWith('{')) return {}
  try {
    const parsed: unknown = JSON.parse(details)
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The stable code and details of a PostgrestError (or anything shaped like one); null otherwise. */
export function readRefusal(
  error: unknown,
): { code: string; waitingOn: Party; details: Record<string, unknown> } | null {
  if (typeof error !== 'object' || error === null) return null
  const { message, details, code } = error as ErrorLike
  if (code !== 'P0001' || typeof message !== 'string' || !CODE.test(message)) return null
  const parsed = parseDetails(details)
  return {
    code: message,
    waitingOn: isParty(parsed.waiting_on) ? parsed.waiting_on : 'none',
    details: parsed,
  }
}

function sentence(
  code: string,
  waitingOn: Party,
  details: Record<string, unknown>,
  where?: RefusalPage,
): string {
  const step = isStep(details.step) ? details.step : null
  const next = isStep(details.next_step) ? details.next_step : null
  const values = {
    code,
    step: step ? stepName(step) : '',
    nextStep: next ? stepName(next) : '',
    state: isState(details.state) ? stateName(details.state).toLowerCase() : '',
    maxVnd: typeof details.max_vnd === 'number' ? formatVnd(details.max_vnd) : '',
    minDays: typeof details.min_days === 'number' ? String(details.min_days) : '',
    maxDays: typeof details.max_days === 'number' ? String(details.max_days) : '',
  }
  const candidates = [
    code === 'invalid_transition' && step && !next ? 'invalid_transition_last' : '',
    where ? `${code}_${where}` : '',
    `${code}_${waitingOn}`,
    step ? `${code}_${step}` : '',
    code,
  ]
  const key = candidates.find(isRefusalKey) ?? 'unknown'
  return workflowT()(`refusal.${key}`, values)
}

/** Any error of a workflow call, in words; network and unexpected errors get a generic sentence. */
export function describeRefusal(error: unknown, where?: RefusalPage): Refusal {
  const refusal = readRefusal(error)
  const t = workflowT()
  if (!refusal) {
    const code =
      typeof (error as ErrorLike | null)?.code === 'string' ? String((error as ErrorLike).code) : ''
    const message = code ? t('refusal.unknown', { code }) : t('refusal.network')
    return { code: code || 'network', waitingOn: 'none', details: {}, message, waitingOnMessage: '' }
  }
  return {
    ...refusal,
    message: sentence(refusal.code, refusal.waitingOn, refusal.details, where),
    waitingOnMessage: t(`waitingOn.${refusal.waitingOn}`),
  }
}

/** The sentence for a refusal code alone (e.g. a hint computed before asking the database). */
export function refusalSentence(
  code: string,
  details: Record<string, unknown> = {},
  waitingOn: Party = 'none',
): string {
  return sentence(code, waitingOn, details)
}

export function isVersionConflict(error: unknown): boolean {
  return readRefusal(error)?.code === 'version_conflict'
}

/** Refusals that mean the page showed out-of-date terms: reloading shows what must be decided now. */
const STALE_VIEW_CODES = new Set(['version_conflict', 'quote_conflict', 'change_request_conflict'])

export function isStaleView(error: unknown): boolean {
  return STALE_VIEW_CODES.has(readRefusal(error)?.code ?? '')
}
