import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { Brand } from '@/components/ui/brand'
import { LanguageSwitch } from '@/components/ui/language-switch'
import { paths } from '@/config/paths'

import { UserMenu } from './user-menu'

/** The signed-in shell: product header, language, who is signed in; pages render below. */
export function AppLayout({
  navigation,
  notifications,
  children,
}: {
  navigation?: ReactNode
  /** The bell, composed by the app (shared layout code does not import features). */
  notifications?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        {/* On a phone the navigation takes its own row under the brand and the account controls. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link to={paths.home.getHref()} className="rounded-md">
            <Brand />
          </Link>
          <div className="order-last w-full md:order-none md:w-auto md:flex-1">{navigation}</div>
          <div className="ml-auto flex items-center gap-3 md:ml-0">
            {notifications}
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-7xl flex-1 flex-col px-4 py-8 sm:px-6">{children}</main>
    </div>
  )
}
