import { Outlet } from 'react-router'

import { SectionBoundary } from '@/components/errors/section-boundary'
import { AdminShell } from '@/features/administration/components/admin-shell'
import { RequireSide } from '@/lib/profile'

export default function AdminLayoutRoute() {
  return (
    <RequireSide side="staff">
      <AdminShell>
        <SectionBoundary>
          <Outlet />
        </SectionBoundary>
      </AdminShell>
    </RequireSide>
  )
}
