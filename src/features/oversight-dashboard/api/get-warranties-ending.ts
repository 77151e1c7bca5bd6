import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKey } from './keys'

export type WarrantyEnding = Database['public']['Functions']['oversight_warranties_ending']['Returns'][number]

/** Warranties that end within the next 30 days. */
export async function getWarrantiesEnding(): Promise<WarrantyEnding[]> {
  const { data, error } = await supabase.rpc('oversight_warranties_ending', { days: 30 })
  if (error) throw error
  return data
}

export const warrantiesEndingQueryOptions = () =>
  queryOptions({ queryKey: [...oversightKey, 'warranties-ending'], queryFn: getWarrantiesEnding })

export function useWarrantiesEnding() {
  return useQuery(warrantiesEndingQueryOptions())
}
