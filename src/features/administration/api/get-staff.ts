import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

/** The provider's staff, active or not (staff see each other; phone stays unreadable). */
export async function getStaff() {
  return readAllPages((from, to) =>
    supabase
      .from('staff')
      .select('user_id, full_name, email, role, active', { count: 'exact' })
      .order('full_name')
      .order('user_id')
      .range(from, to),
  )
}

export type StaffMember = Awaited<ReturnType<typeof getStaff>>[number]

export const getStaffQueryOptions = () =>
  queryOptions({ queryKey: administrationKeys.staff(), queryFn: getStaff })

export function useStaff() {
  return useQuery(getStaffQueryOptions())
}
