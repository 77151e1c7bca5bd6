import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { workspaceKeys } from './keys'

/** Which reasons of a rejection TAMS has ticked as fixed (their 0-based lines). */
export async function getRejectionFixes(rejectionId: string): Promise<number[]> {
  const { data, error } = await supabase
    .from('rejection_fixes')
    .select('item')
    .eq('acceptance_id', rejectionId)
    .order('item')
  if (error) throw error
  return data.map((row) => row.item)
}

export const getRejectionFixesQueryOptions = (engagementId: string, rejectionId: string) =>
  queryOptions({
    queryKey: [...workspaceKeys.section(engagementId, 'rejection-fixes'), rejectionId],
    queryFn: () => getRejectionFixes(rejectionId),
  })

export function useRejectionFixes(engagementId: string, rejectionId: string) {
  return useQuery(getRejectionFixesQueryOptions(engagementId, rejectionId))
}

export type RejectionFixInput = { rejectionId: string; item: number; fixed: boolean }

export async function setRejectionFix({ rejectionId, item, fixed }: RejectionFixInput): Promise<number[]> {
  const { data, error } = await supabase.rpc('set_rejection_fix', { acceptance_id: rejectionId, item, fixed })
  if (error) throw error
  return data
}

export function useSetRejectionFix(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: setRejectionFix,
    invalidates: () => [workspaceKeys.section(engagementId, 'rejection-fixes')],
    // Someone else may have ticked or handed over meanwhile: show what the database holds.
    refreshOnError: () => true,
  })
}
