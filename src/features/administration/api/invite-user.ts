import { FunctionsHttpError } from '@supabase/supabase-js'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'

export type Invitation =
  | { email: string; side: 'provider'; role: 'account_manager' | 'manager' | 'admin'; client_id: null }
  | { email: string; side: 'client'; role: 'approver' | 'member'; client_id: string }

/** What the Edge Function refused (`{ code, message }`), or `network` when it could not be reached. */
export class InvitationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

async function refusalOf(error: unknown): Promise<InvitationError> {
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response
    const body: unknown = await response.json().catch(() => null)
    const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown }
    return new InvitationError(
      typeof code === 'string' ? code : `http_${response.status}`,
      typeof message === 'string' ? message : error.message,
    )
  }
  return new InvitationError('network', error instanceof Error ? error.message : String(error))
}

/**
 * The Edge Function `invite-user` checks the caller's JWT, records the invitation as the caller
 * (RLS decides who may invite whom) and sends the email; it answers the invitation row.
 */
export async function inviteUser(invitation: Invitation) {
  const { data, error } = await supabase.functions.invoke<Record<string, unknown>>('invite-user', {
    body: { ...invitation, email: invitation.email.trim().toLowerCase() },
  })
  if (error) throw await refusalOf(error)
  return data
}

export function useInviteUser() {
  return useInvalidatingMutation({ mutationFn: inviteUser, invalidates: () => [administrationKeys.all] })
}
