import { queryOptions, useQuery } from '@tanstack/react-query'

import type { Json } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'
import { DUTIES, isDuty, isDutyStatus, type Duty, type DutyStatus } from '@/lib/workflow'

import { dutiesKeys } from './keys'

/** One record behind a duty's status, as engagement_duties names it (`{table, id, ...}`). */
export type DutyEvidence = { table: string; id: string }

export type DutyRow = { duty: Duty; status: DutyStatus; evidence: DutyEvidence[] }

function readEvidence(evidence: Json | null): DutyEvidence[] {
  if (!Array.isArray(evidence)) return []
  return evidence.flatMap((item) =>
    item && typeof item === 'object' && !Array.isArray(item) && typeof item.table === 'string'
      ? [{ table: item.table, id: String(item.id) }]
      : [],
  )
}

/** The engagement's thirteen duties, derived by the database from the records the reader may see. */
export async function getDuties(engagementId: string): Promise<DutyRow[]> {
  const { data, error } = await supabase
    .from('engagement_duties')
    .select('duty, status, evidence')
    .eq('engagement_id', engagementId)
  if (error) throw error
  return data
    .flatMap((row) =>
      isDuty(row.duty) && isDutyStatus(row.status)
        ? [{ duty: row.duty, status: row.status, evidence: readEvidence(row.evidence) }]
        : [],
    )
    .toSorted((a, b) => DUTIES.indexOf(a.duty) - DUTIES.indexOf(b.duty))
}

export const getDutiesQueryOptions = (engagementId: string) =>
  queryOptions({ queryKey: dutiesKeys.ledger(engagementId), queryFn: () => getDuties(engagementId) })

export function useDuties(engagementId: string) {
  return useQuery(getDutiesQueryOptions(engagementId))
}
