import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

import { paths } from '@/config/paths'
import { useSignedInUser } from '@/lib/auth'
import { isManagerProfile, useProfile, type Profile } from '@/lib/profile'

type Destination = {
  href: string
  label: 'nav.board' | 'nav.warranty' | 'nav.dashboard' | 'nav.client' | 'nav.clientUsers' | 'nav.admin'
}

/** The pages of each side: the database decides what they show; this only says where they are. */
function destinationsOf(profile: Profile): Destination[] {
  if (profile.side === 'client')
    return [
      { href: paths.client.getHref(), label: 'nav.client' },
      { href: paths.clientUsers.getHref(), label: 'nav.clientUsers' },
    ]
  if (profile.side !== 'staff') return []
  const staffPages: Destination[] = [
    { href: paths.board.getHref(), label: 'nav.board' },
    { href: paths.warranty.getHref(), label: 'nav.warranty' },
  ]
  return isManagerProfile(profile)
    ? [
        ...staffPages,
        { href: paths.dashboard.getHref(), label: 'nav.dashboard' },
        { href: paths.admin.root.getHref(), label: 'nav.admin' },
      ]
    : staffPages
}

export function MainNavigation() {
  const { t } = useTranslation()
  const user = useSignedInUser()
  const profile = useProfile(user.id)
  const destinations = profile.data ? destinationsOf(profile.data) : []
  if (destinations.length < 2) return null
  return (
    <nav aria-label={t('header.mainNavigation')}>
      <ul className="flex gap-1 overflow-x-auto text-sm font-medium">
        {destinations.map((destination) => (
          <li key={destination.href}>
            <NavLink
              to={destination.href}
              className="block rounded-md px-3 py-2 whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {t(destination.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
