import { Navigate } from 'react-router'

import { homeOf, useCurrentProfile } from '@/lib/profile'

/** Staff land on the board, client users on their client view. */
export default function HomeRoute() {
  const profile = useCurrentProfile()
  return <Navigate to={homeOf(profile)} replace />
}
