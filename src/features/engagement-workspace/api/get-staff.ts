import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type StaffMember = Pick<Tables<'staff'>, 'user_id' | 'full_name' | 'email' | 'role' | 'active'>

/** The provider's staff (every staff member sees the directory): names for the log, AM choices. */
export async function getStaff(): Promise<StaffMember[]> {
  const { data, error } = await supabase
    .from('staff')
    .select('user_id, full_name, email, role, active')
    .order('full_name', { ascending: true })
  if (error) throw error
  return data
}

export const getStaffQueryOptions = () =>
  queryOptions({ queryKey: workspaceKeys.staff(), queryFn: getStaff, staleTime: 5 * 60_000 })

export function useStaff() {
  return useQuery(getStaffQueryOptions())
}
