import { SectionBoundary } from '@/components/errors/section-boundary'
import { ClientUsersPage } from '@/features/administration/components/client-users-page'
import { RequireSide } from '@/lib/profile'

export default function ClientUsersRoute() {
  return (
    <RequireSide side="client">
      <SectionBoundary>
        <ClientUsersPage />
      </SectionBoundary>
    </RequireSide>
  )
}
