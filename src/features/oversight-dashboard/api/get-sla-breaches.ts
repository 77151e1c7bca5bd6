import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'

export type SlaBreachDay = Database['public']['Functions']['oversight_sla_breaches']['Returns'][number]

/** Missed response and resolution deadlines per day, last 30 days. */
export async function getSlaBreaches(): Promise<SlaBreachDay[]> {
  const { data, error } = await supabase.rpc('oversight_sla_breaches', { days: 30 })
  if (error) throw error
  return data
}

export const getSlaBreachesQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.slaBreaches(), queryFn: getSlaBreaches })

export function useSlaBreaches() {
  return useQuery(getSlaBreachesQueryOptions())
}
