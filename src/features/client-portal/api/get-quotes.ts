import { queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { clientPortalKeys } from './keys'

/** The quotes sent to the client, newest first. */
export async function getQuotes(engagementId: string) {
  const { data, error } = await supabase
    .from('quotes')
    .select(
      'id, version, status, price_vnd, scope, milestones, payment_schedule, sent_at, decided_at, decline_reason, withdrawal_reason, package:service_packages(name, warranty_months)',
    )
    .eq('engagement_id', engagementId)
    // A quote never sent is the provider's work in progress, whatever became of it: never asked
    // for (RLS refuses it anyway).
    .not('sent_at', 'is', null)
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}

export type ClientQuote = Awaited<ReturnType<typeof getQuotes>>[number]

export const getQuotesQueryOptions = (engagementId: string) =>
  queryOptions({
    queryKey: clientPortalKeys.section(engagementId, 'quotes'),
    queryFn: () => getQuotes(engagementId),
  })

export function useQuotes(engagementId: string) {
  return useQuery(getQuotesQueryOptions(engagementId))
}
