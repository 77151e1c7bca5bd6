import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

/** What the client asked for: the package it chose and the request in its own words (C1). */
export async function getRequest(engagementId: string) {
  const { data, error } = await supabase
    .from('engagements')
    .select('request_details, requested_package:service_packages!requested_package_id(name)')
    .eq('id', engagementId)
    .maybeSingle()
  if (error) throw error
  return data
}

export const getRequestQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'request'),
    queryFn: () => getRequest(engagementId),
  })

export function useRequest(engagementId: string) {
  return useQuery(getRequestQueryOptions(engagementId))
}
