import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { Board } from '@/features/board/components/board'
import { MyTasks } from '@/features/board/components/my-tasks'
import { RequireSide } from '@/lib/profile'

/** Provider staff's kanban board; client users are sent to their own view. */
export default function BoardRoute() {
  const { t } = useTranslation('board')
  // The cards first: "My tasks" asks the database once the board has painted.
  const [painted, setPainted] = useState(false)
  const onPainted = useCallback(() => setPainted(true), [])
  return (
    <RequireSide side="staff">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <SectionBoundary>
          <MyTasks ready={painted} />
        </SectionBoundary>
        <SectionBoundary>
          <Board onPainted={onPainted} />
        </SectionBoundary>
      </div>
    </RequireSide>
  )
}
