import { SectionBoundary } from '@/components/errors/section-boundary'
import { DashboardPage } from '@/features/oversight-dashboard/components/dashboard-page'

export default function DashboardRoute() {
  return (
    <SectionBoundary>
      <DashboardPage />
    </SectionBoundary>
  )
}
