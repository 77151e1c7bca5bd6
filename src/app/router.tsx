import type { ComponentType } from 'react'
import { createBrowserRouter, type LoaderFunction, type RouteObject } from 'react-router'

import { RouteError } from '@/components/errors/route-error'
import { PageSpinner } from '@/components/ui/spinner'
import { paths } from '@/config/paths'
import { loadNamespaces } from '@/lib/i18n'

type RouteModule = { default: ComponentType; loader?: LoaderFunction }

/** Each page is its own chunk; its strings load alongside its code, not after it renders. */
function page(load: () => Promise<RouteModule>, ...namespaces: string[]): RouteObject['lazy'] {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces('common', ...namespaces)])
    return module.loader
      ? { Component: module.default, loader: module.loader }
      : { Component: module.default }
  }
}

const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteError,
    HydrateFallback: PageSpinner,
    children: [
      { path: paths.auth.login.path, lazy: page(() => import('./routes/auth/login'), 'auth') },
      {
        path: paths.auth.forgotPassword.path,
        lazy: page(() => import('./routes/auth/forgot-password'), 'account'),
      },
      {
        path: paths.auth.resetPassword.path,
        lazy: page(() => import('./routes/auth/reset-password'), 'account'),
      },
      {
        path: paths.auth.acceptInvitation.path,
        lazy: page(() => import('./routes/auth/accept-invitation'), 'account'),
      },
      {
        lazy: page(() => import('./routes/app/root'), 'notifications'),
        children: [
          {
            ErrorBoundary: RouteError,
            children: [
              { index: true, lazy: page(() => import('./routes/app/home')) },
              { path: paths.profile.path, lazy: page(() => import('./routes/app/profile'), 'account') },
              { path: paths.board.path, lazy: page(() => import('./routes/app/board'), 'board') },
              { path: paths.client.path, lazy: page(() => import('./routes/app/client'), 'client-portal') },
              {
                path: paths.clientEngagement.path,
                lazy: page(() => import('./routes/app/client-engagement'), 'client-portal', 'conversations'),
              },
              {
                path: paths.warranty.path,
                lazy: page(() => import('./routes/app/warranty'), 'warranty-queue'),
              },
              {
                path: paths.dashboard.path,
                lazy: page(() => import('./routes/app/dashboard'), 'oversight-dashboard'),
              },
              {
                path: paths.clientUsers.path,
                lazy: page(() => import('./routes/app/client-users'), 'administration'),
              },
              {
                path: paths.admin.root.path,
                lazy: page(() => import('./routes/app/admin/layout'), 'administration'),
                children: [
                  { index: true, lazy: page(() => import('./routes/app/admin/index')) },
                  { path: paths.admin.clients.path, lazy: page(() => import('./routes/app/admin/clients')) },
                  { path: paths.admin.client.path, lazy: page(() => import('./routes/app/admin/client')) },
                  { path: paths.admin.people.path, lazy: page(() => import('./routes/app/admin/people')) },
                  {
                    path: paths.admin.packages.path,
                    lazy: page(() => import('./routes/app/admin/packages')),
                  },
                  {
                    path: paths.admin.settings.path,
                    lazy: page(() => import('./routes/app/admin/settings')),
                  },
                  { path: paths.admin.audit.path, lazy: page(() => import('./routes/app/admin/audit')) },
                ],
              },
              {
                path: paths.notifications.path,
                lazy: page(() => import('./routes/app/notifications'), 'notifications'),
              },
              {
                path: paths.engagement.path,
                lazy: page(() => import('./routes/app/engagement'), 'engagement-workspace', 'conversations'),
              },
            ],
          },
        ],
      },
      { path: '*', lazy: page(() => import('./routes/not-found')) },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
