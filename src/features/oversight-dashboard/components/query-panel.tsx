import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'

import { OVERSIGHT_NS, oversightRefusal } from '../messages'

type QueryState<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }

/** A titled section with its own loading and error states, so one failing figure spares the rest. */
export function QueryPanel<T>({
  title,
  query,
  children,
}: {
  title: string
  query: QueryState<T>
  children: (data: T) => ReactNode
}) {
  const { t } = useTranslation(OVERSIGHT_NS)
  return (
    <Panel title={title}>
      {query.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner size="sm" /> {t('loading')}
        </p>
      )}
      {query.isError && <Alert>{t('panelError', { message: oversightRefusal(query.error) })}</Alert>}
      {query.data !== undefined && children(query.data)}
    </Panel>
  )
}
