import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { workspaceKeys } from './keys'

export type WarrantyClaim = Tables<'warranty_claims'>

export async function getWarrantyClaims(engagementId: string): Promise<WarrantyClaim[]> {
  const { data, error } = await supabase
    .from('warranty_claims')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('opened_at', { ascending: false })
  if (error) throw error
  return data
}

export const getWarrantyClaimsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: workspaceKeys.section(engagementId, 'warranty-claims'),
    queryFn: () => getWarrantyClaims(engagementId),
  })

export function useWarrantyClaims(engagementId: string) {
  return useQuery(getWarrantyClaimsQueryOptions(engagementId))
}
