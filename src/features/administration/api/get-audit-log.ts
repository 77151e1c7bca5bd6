import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'

import { supabase } from '@/lib/supabase'

import { administrationKeys } from './keys'

export const AUDIT_PAGE_SIZE = 50

/** The newest administrative changes first, one page at a time with the exact total (managers read it). */
export async function getAuditLog(page: number) {
  const from = page * AUDIT_PAGE_SIZE
  const { data, count, error } = await supabase
    .from('admin_audit_log')
    .select('id, table_name, record_id, action, actor_id, actor_name, before, after, created_at', {
      count: 'exact',
    })
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .range(from, from + AUDIT_PAGE_SIZE - 1)
  if (error) throw error
  return { rows: data, total: count ?? data.length }
}

export type AuditEntry = Awaited<ReturnType<typeof getAuditLog>>['rows'][number]

export const getAuditLogQueryOptions = (page: number) =>
  queryOptions({
    queryKey: administrationKeys.audit(page),
    queryFn: () => getAuditLog(page),
    placeholderData: keepPreviousData,
  })

export function useAuditLog(page: number) {
  return useQuery(getAuditLogQueryOptions(page))
}
