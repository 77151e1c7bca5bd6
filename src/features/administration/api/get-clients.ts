import { queryOptions, useQuery } from '@tanstack/react-query'

import { readAllPages } from '@/lib/read-all-pages'
import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

const CLIENT_COLUMNS =
  'id, name, tax_code, address, contact_phone, contact_email, default_account_manager_id, archived_at, updated_at'

/** Every client company the reader may see (managers: all), archived ones included, by name. */
export async function getClients() {
  return readAllPages((from, to) =>
    supabase
      .from('clients')
      .select(CLIENT_COLUMNS, { count: 'exact' })
      .order('name')
      .order('id')
      .range(from, to),
  )
}

export type AdminClient = Awaited<ReturnType<typeof getClients>>[number]

export const getClientsQueryOptions = () =>
  queryOptions({ queryKey: administrationKeys.clients(), queryFn: getClients })

export function useClients() {
  return useQuery(getClientsQueryOptions())
}
