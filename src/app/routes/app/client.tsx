import { ClientHome } from '@/features/client-portal/components/client-home'
import { RequireSide, useCurrentProfile } from '@/lib/profile'

function ClientHomeForProfile() {
  const profile = useCurrentProfile()
  // Only a hint for the list's wording: the database decides who may decide.
  return profile.side === 'client' ? (
    <ClientHome clientId={profile.clientId} isApprover={profile.role === 'approver'} />
  ) : null
}

/** The client's portal: their engagements and what waits on them; staff are sent to the board. */
export default function ClientRoute() {
  return (
    <RequireSide side="client">
      <ClientHomeForProfile />
    </RequireSide>
  )
}
