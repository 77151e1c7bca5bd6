import { queryOptions, useQuery } from '@tanstack/react-query'

import { db } from './db'
import { clientPortalKeys } from './keys'

/** The client's own company (the only one the database shows a client user). */
export async function getClient(clientId: string) {
  const { data, error } = await db.from('clients').select('id, name').eq('id', clientId).maybeSingle()
  if (error) throw error
  return data
}

export const clientQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientPortalKeys.all, 'client', clientId],
    queryFn: () => getClient(clientId),
    staleTime: 5 * 60_000,
  })

export function useClient(clientId: string) {
  return useQuery(clientQuery(clientId))
}
