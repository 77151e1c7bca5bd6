import type { Enums } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'

type Change = { clientId: string; userId: string; role?: Enums<'client_member_role'>; active?: boolean }

/** Managers, or the client's approver for their own company, change another user's role or activity. */
export async function updateClientMember({ clientId, userId, role, active }: Change) {
  const { error } = await supabase.rpc('update_client_member', {
    client_id: clientId,
    user_id: userId,
    ...(role && { role }),
    ...(active !== undefined && { active }),
  })
  if (error) throw error
}

export function useUpdateClientMember() {
  return useInvalidatingMutation({
    mutationFn: updateClientMember,
    invalidates: ({ clientId }) => [administrationKeys.members(clientId)],
    refreshOnError: () => true,
  })
}
