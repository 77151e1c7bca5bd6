import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { accountKeys } from './keys'

/** The signed-in person's own name, phone and email (staff phones are not in the staff directory). */
export async function getMyProfile() {
  const { data, error } = await supabase.rpc('my_profile').maybeSingle()
  if (error) throw error
  return data
}

export const getMyProfileQueryOptions = (userId: string) =>
  queryOptions({ queryKey: accountKeys.profile(userId), queryFn: getMyProfile })

export function useMyProfile(userId: string) {
  return useQuery(getMyProfileQueryOptions(userId))
}
