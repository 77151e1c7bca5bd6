import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The client's own company (the only one the database shows a client user). */
export async function getClient(clientId: string) {
  const { data, error } = await supabase.from('clients').select('id, name').eq('id', clientId).maybeSingle()
  if (error) throw error
  return data
}

export const getClientQueryOptions = (clientId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.client(clientId),
    queryFn: () => getClient(clientId),
    staleTime: 5 * 60_000,
  })

export function useClient(clientId: string) {
  return useQuery(getClientQueryOptions(clientId))
}
