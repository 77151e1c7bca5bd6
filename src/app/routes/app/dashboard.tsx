import { SectionBoundary } from '@/components/errors/section-boundary'
import { DutiesOverview } from '@/features/duties/components/duties-overview'
import { DashboardPage } from '@/features/oversight-dashboard/components/dashboard-page'
import { RequireManager } from '@/lib/profile'

export default function DashboardRoute() {
  return (
    <RequireManager>
      <SectionBoundary>
        <DashboardPage>
          <SectionBoundary>
            <DutiesOverview />
          </SectionBoundary>
        </DashboardPage>
      </SectionBoundary>
    </RequireManager>
  )
}
