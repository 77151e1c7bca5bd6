import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Tables } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { dutiesKeys } from './keys'

export type LicenceAsset = Tables<'licence_assets'>

export async function getLicenceAssets(engagementId: string): Promise<LicenceAsset[]> {
  const { data, error } = await supabase
    .from('licence_assets')
    .select('*')
    .eq('engagement_id', engagementId)
    .order('created_at')
    .order('id')
  if (error) throw error
  return data
}

export const getLicenceAssetsQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: dutiesKeys.licenceAssets(engagementId),
    queryFn: () => getLicenceAssets(engagementId),
  })

export function useLicenceAssets(engagementId: string) {
  return useQuery(getLicenceAssetsQueryOptions(engagementId))
}
