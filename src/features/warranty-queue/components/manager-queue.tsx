import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { formatDateTime } from '@/lib/format'

import { useWarrantyQueue, type QueueClaim } from '../api/get-warranty-queue'
import { refusalText, WARRANTY_QUEUE_NS } from '../messages'
import { BulkAssignBar } from './bulk-assign-bar'
import { ClaimDialog } from './claim-dialog'
import type { ClaimThread } from './claim-thread'
import { QueueFilters } from './queue-filters'
import { QueueTable } from './queue-table'
import { useQueueFilters } from './use-queue-filters'

/** The managers' queue: filters in the URL, the table, bulk assignment and the claim dialog. */
export function ManagerQueue({ userId, claimThread }: { userId: string; claimThread?: ClaimThread }) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const { filters, setFilter, resetFilters } = useQueueFilters()
  const queue = useWarrantyQueue(filters)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [handling, setHandling] = useState<QueueClaim | null>(null)
  const claims = queue.data?.pages.flatMap((page) => page.claims) ?? []
  const total = queue.data?.pages[0]?.total ?? 0
  const visibleSelected = claims.map((c) => c.id ?? '').filter((id) => selected.has(id))
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const toggleAll = (ids: string[], on: boolean) => setSelected(on ? new Set(ids) : new Set())
  const current = handling && (claims.find((c) => c.id === handling.id) ?? handling)
  return (
    <div className="space-y-4">
      <QueueFilters filters={filters} onChange={setFilter} onReset={resetFilters} />
      <BulkAssignBar claimIds={visibleSelected} onDone={() => setSelected(new Set())} />
      {queue.isPending && (
        <p role="status" className="flex items-center gap-2 text-slate-600">
          <Spinner size="sm" /> {t('loading')}
        </p>
      )}
      {queue.isError && <Alert>{t('refused', { message: refusalText(queue.error) })}</Alert>}
      {queue.isSuccess && (
        <>
          <p className="text-xs text-slate-600">
            {t('updatedAt', { time: formatDateTime(new Date(queue.dataUpdatedAt)) })}
          </p>
          {claims.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
              {t('empty')}
            </p>
          ) : (
            <>
              <QueueTable
                claims={claims}
                selected={selected}
                onToggle={toggle}
                onToggleAll={toggleAll}
                onHandle={setHandling}
              />
              <p className="text-sm text-slate-600">{t('shownOf', { shown: claims.length, total })}</p>
              {queue.hasNextPage && (
                <Button
                  variant="secondary"
                  onClick={() => void queue.fetchNextPage()}
                  disabled={queue.isFetchingNextPage}
                >
                  {queue.isFetchingNextPage
                    ? t('loadingMore')
                    : t('showMore', { count: total - claims.length })}
                </Button>
              )}
            </>
          )}
        </>
      )}
      {current && (
        <ClaimDialog
          claim={current}
          userId={userId}
          claimThread={claimThread}
          onClose={() => setHandling(null)}
        />
      )}
    </div>
  )
}
