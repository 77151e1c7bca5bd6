import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'
import { requireChanged } from './not-changed'

/** Messages are keys of the `administration` namespace. */
export const clientSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'clients.nameRequired')),
  taxCode: z.string().check(z.trim()),
  address: z.string().check(z.trim()),
  phone: z.string().check(z.trim()),
  email: z.union([z.literal(''), z.email('clients.emailInvalid')]),
  defaultAccountManagerId: z.string(),
})

export type ClientInput = z.infer<typeof clientSchema>

const columnsOf = (input: ClientInput) => ({
  name: input.name,
  tax_code: input.taxCode || null,
  address: input.address || null,
  contact_phone: input.phone || null,
  contact_email: input.email || null,
  default_account_manager_id: input.defaultAccountManagerId || null,
})

/** Creates the client, or updates it when `clientId` is given; RLS lets only admins do either. */
export async function saveClient({ clientId, ...input }: ClientInput & { clientId?: string }) {
  const query = clientId
    ? supabase.from('clients').update(columnsOf(input)).eq('id', clientId)
    : supabase.from('clients').insert(columnsOf(input))
  const { data, error } = await query.select('id')
  if (error) throw error
  return requireChanged(data)
}

export function useSaveClient() {
  return useInvalidatingMutation({
    mutationFn: saveClient,
    invalidates: () => [administrationKeys.clients()],
  })
}
