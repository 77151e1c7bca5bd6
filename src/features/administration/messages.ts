import { i18n } from '@/lib/i18n'
import { describeRefusal, readRefusal } from '@/lib/workflow'

import { InvitationError } from './api/invite-user'
import { NotChangedError } from './api/not-changed'

/** The i18next namespace of this feature (its folder name). */
export const ADMIN_NS = 'administration'

const OWN_CODES = [
  'own_role',
  'not_admin',
  'not_client_admin',
  'staff_not_found',
  'client_member_not_found',
  'client_archived',
  'not_staff',
] as const
type OwnCode = (typeof OWN_CODES)[number]
const isOwnCode = (code: string): code is OwnCode => (OWN_CODES as readonly string[]).includes(code)

/** Postgres answers for a write RLS or a constraint refused. */
const SQLSTATES: Record<string, 'errors.forbidden' | 'errors.duplicate' | 'errors.invalid'> = {
  '42501': 'errors.forbidden',
  '23505': 'errors.duplicate',
  '23514': 'errors.invalid',
}

/** The invitation function is not deployed, failed to boot, or could not be reached. */
const UNREACHABLE = new Set(['network', 'http_404', 'http_502', 'http_503', 'BOOT_ERROR'])

/** Any error of an administrative action, in words a person understands. */
export function adminErrorText(error: unknown): string {
  const t = i18n.getFixedT(null, ADMIN_NS)
  if (error instanceof NotChangedError) return t('errors.forbidden')
  if (error instanceof InvitationError) {
    if (UNREACHABLE.has(error.code)) return t('errors.inviteUnreachable')
    return t('errors.inviteRefused', { message: error.message })
  }
  const code = readRefusal(error)?.code
  if (code && isOwnCode(code)) return t(`errors.${code}`)
  const sqlstate = (error as { code?: unknown } | null)?.code
  if (typeof sqlstate === 'string' && SQLSTATES[sqlstate]) return t(SQLSTATES[sqlstate])
  return describeRefusal(error).message
}
