import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

import { paths } from '@/config/paths'

import { ADMIN_NS } from '../messages'
import { useAdminAccess } from './use-admin-access'

const SECTIONS = [
  { href: paths.admin.clients.getHref(), label: 'nav.clients' },
  { href: paths.admin.people.getHref(), label: 'nav.people' },
  { href: paths.admin.packages.getHref(), label: 'nav.packages' },
  { href: paths.admin.settings.getHref(), label: 'nav.settings' },
  { href: paths.admin.audit.getHref(), label: 'nav.audit' },
] as const

/** The administration area's title and sections; managers read it, admins edit it. */
export function AdminShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation(ADMIN_NS)
  const { canRead, canEdit } = useAdminAccess()
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <p className="text-slate-600">{canEdit ? t('subtitleAdmin') : t('subtitleManager')}</p>
      </header>
      {canRead ? (
        <>
          <nav aria-label={t('nav.label')}>
            <ul className="flex flex-wrap gap-1 border-b border-slate-200 text-sm font-medium">
              {SECTIONS.map((section) => (
                <li key={section.href}>
                  <NavLink
                    to={section.href}
                    className="block rounded-t-md px-3 py-2 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                  >
                    {t(section.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {children}
        </>
      ) : (
        <p className="text-slate-700">{t('managersOnly')}</p>
      )}
    </div>
  )
}
