import { ClientHome } from '@/features/client-portal/components/client-home'
import { RequireSide, useCurrentProfile } from '@/lib/profile'

function ClientHomeForProfile() {
  const profile = useCurrentProfile()
  return profile.clientId ? <ClientHome clientId={profile.clientId} /> : null
}

/** The client's portal: their engagements and what waits on them; staff are sent to the board. */
export default function ClientRoute() {
  return (
    <RequireSide side="client">
      <ClientHomeForProfile />
    </RequireSide>
  )
}
