import { useSearchParams } from 'react-router'

import type { QueueFilters } from '../api/get-warranty-queue'
import { COVERAGES, PRIORITIES, STATUSES, isOneOf } from './options'

const UUID = /^[0-9a-f-]{36}$/i

/** Reads the filters from the URL (ignoring anything invalid) and writes them back. */
export function useQueueFilters() {
  const [params, setParams] = useSearchParams()
  const status = params.get('status')
  const priority = params.get('priority')
  const coverage = params.get('coverage')
  const assignee = params.get('assignee')
  const client = params.get('client')
  const filters: QueueFilters = {
    status: isOneOf(STATUSES, status) ? status : undefined,
    priority: isOneOf(PRIORITIES, priority) ? priority : undefined,
    coverage: isOneOf(COVERAGES, coverage) ? coverage : undefined,
    assignee: assignee && UUID.test(assignee) ? assignee : undefined,
    client: client && UUID.test(client) ? client : undefined,
    breached: params.get('breached') === '1' || undefined,
  }
  const setFilter = (name: keyof QueueFilters, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value) next.set(name, value)
        else next.delete(name)
        return next
      },
      { replace: true },
    )
  const resetFilters = () => setParams(new URLSearchParams(), { replace: true })
  return { filters, setFilter, resetFilters }
}
