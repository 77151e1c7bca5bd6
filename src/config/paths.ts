/** Every route of the app, so links and redirects never spell a URL by hand. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) =>
        redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
    },
  },
  board: { path: '/board', getHref: () => '/board' },
  engagement: {
    path: '/engagements/:engagementId',
    getHref: (engagementId: string) => `/engagements/${encodeURIComponent(engagementId)}`,
  },
  client: { path: '/client', getHref: () => '/client' },
  clientEngagement: {
    path: '/client/engagements/:engagementId',
    getHref: (engagementId: string) => `/client/engagements/${encodeURIComponent(engagementId)}`,
  },
  warranty: { path: '/warranty', getHref: () => '/warranty' },
  dashboard: { path: '/dashboard', getHref: () => '/dashboard' },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
} as const

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirect(target: string | null): string {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return paths.home.getHref()
  return target
}
