import { loadSupabase } from '@/lib/auth'
import { profileKeys } from '@/lib/profile'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import type { AcceptInvitationInput } from './schemas'

/**
 * The invitee, signed in by the link, chooses a password, then takes the role the invitation
 * names; the database checks the invitation is theirs, open and unexpired.
 */
export async function acceptInvitation({ fullName, password }: AcceptInvitationInput): Promise<void> {
  const { supabase } = await loadSupabase()
  const { data, error } = await supabase.auth.updateUser({ password, data: { full_name: fullName } })
  if (error) throw error
  const invitationId = data.user.user_metadata.invitation_id
  if (typeof invitationId !== 'string') throw new Error('invitation_not_found')
  const accepted = await supabase.rpc('accept_invitation', {
    invitation_id: invitationId,
    full_name: fullName,
  })
  if (accepted.error) throw accepted.error
}

export function useAcceptInvitation() {
  return useInvalidatingMutation({ mutationFn: acceptInvitation, invalidates: () => [profileKeys.all] })
}
