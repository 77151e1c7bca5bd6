import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

import { oversightKeys } from './keys'

export type StepFigure = Database['public']['Functions']['oversight_steps']['Returns'][number]

/** Active engagements, VND value and median waiting per side, for each step. */
export async function getStepFigures(): Promise<StepFigure[]> {
  const { data, error } = await supabase.rpc('oversight_steps')
  if (error) throw error
  return data
}

export const getStepFiguresQueryOptions = () =>
  queryOptions({ queryKey: oversightKeys.steps(), queryFn: getStepFigures })

export function useStepFigures() {
  return useQuery(getStepFiguresQueryOptions())
}
