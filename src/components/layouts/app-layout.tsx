import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { Brand } from '@/components/ui/brand'
import { LanguageSwitch } from '@/components/ui/language-switch'
import { paths } from '@/config/paths'

import { UserMenu } from './user-menu'

/** The signed-in shell: product header, language, who is signed in; pages render below. */
export function AppLayout({ navigation, children }: { navigation?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-16 max-w-7xl items-center gap-6 px-4 sm:px-6">
          <Link to={paths.home.getHref()} className="rounded-md">
            <Brand />
          </Link>
          <div className="flex-1">{navigation}</div>
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-7xl flex-1 flex-col px-4 py-8 sm:px-6">{children}</main>
    </div>
  )
}
