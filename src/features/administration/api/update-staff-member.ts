import type { Enums } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'

type Change = { userId: string; role?: Enums<'staff_role'>; active?: boolean }

/** Admins change another staff member's role or (de)activate them; a deactivation frees their engagements. */
export async function updateStaffMember({ userId, role, active }: Change) {
  const { error } = await supabase.rpc('update_staff_member', {
    user_id: userId,
    ...(role && { role }),
    ...(active !== undefined && { active }),
  })
  if (error) throw error
}

export function useUpdateStaffMember() {
  return useInvalidatingMutation({
    mutationFn: updateStaffMember,
    invalidates: () => [administrationKeys.all],
    refreshOnError: () => true,
  })
}
