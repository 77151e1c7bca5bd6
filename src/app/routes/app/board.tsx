import { useTranslation } from 'react-i18next'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { Board } from '@/features/board/components/board'
import { MyTasks } from '@/features/board/components/my-tasks'
import { RequireSide } from '@/lib/profile'

/** Provider staff's kanban board; client users are sent to their own view. */
export default function BoardRoute() {
  const { t } = useTranslation('board')
  return (
    <RequireSide side="staff">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <SectionBoundary>
          <MyTasks />
        </SectionBoundary>
        <SectionBoundary>
          <Board />
        </SectionBoundary>
      </div>
    </RequireSide>
  )
}
