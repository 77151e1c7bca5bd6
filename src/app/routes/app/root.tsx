import { useQueryClient } from '@tanstack/react-query'
import { Navigate, Outlet, useLocation } from 'react-router'

import { AppLayout } from '@/components/layouts/app-layout'
import { MainNavigation } from '@/components/layouts/main-navigation'
import { PageSpinner } from '@/components/ui/spinner'
import { paths } from '@/config/paths'
import { boardKeys } from '@/features/board/api/keys'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { useSession } from '@/lib/auth'
import { engagementKeys } from '@/lib/engagement-keys'
import { ProfileGate } from '@/lib/profile'

/**
 * Every signed-in page sits here; without a session the person is sent to sign in, and pages wait
 * until the database has said which side (staff or client) the person is on.
 */
/** The bell; a reassignment away from the reader drops the engagement from their board at once. */
function HeaderBell() {
  const queryClient = useQueryClient()
  return (
    <NotificationBell
      onReassigned={(engagementId) => {
        void queryClient.invalidateQueries({ queryKey: boardKeys.all })
        void queryClient.invalidateQueries({ queryKey: engagementKeys.detail(engagementId) })
      }}
    />
  )
}

export default function ProtectedRoot() {
  const session = useSession()
  const location = useLocation()

  if (session.status === 'loading') return <PageSpinner />
  if (session.status === 'signed-out') {
    // After signing out, the next person should land on their own home, not this page.
    const redirectTo = session.ended ? null : `${location.pathname}${location.search}`
    return <Navigate to={paths.auth.login.getHref(redirectTo)} replace />
  }
  return (
    <AppLayout navigation={<MainNavigation />} notifications={<HeaderBell />}>
      <ProfileGate>
        <Outlet />
      </ProfileGate>
    </AppLayout>
  )
}
