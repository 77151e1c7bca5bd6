/** Every route of the app, so links and redirects never spell a URL by hand. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) =>
        redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
    },
    forgotPassword: { path: '/forgot-password', getHref: () => '/forgot-password' },
    /** Where the password-recovery email's link lands (Auth's redirect_to). */
    resetPassword: { path: '/reset-password', getHref: () => '/reset-password' },
    /** Where the invitation email's link lands (the Edge Function invite-user sends it here). */
    acceptInvitation: { path: '/accept-invitation', getHref: () => '/accept-invitation' },
  },
  profile: { path: '/profile', getHref: () => '/profile' },
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
  clientUsers: { path: '/users', getHref: () => '/users' },
  admin: {
    root: { path: '/admin', getHref: () => '/admin' },
    clients: { path: '/admin/clients', getHref: () => '/admin/clients' },
    client: {
      path: '/admin/clients/:clientId',
      getHref: (clientId: string) => `/admin/clients/${encodeURIComponent(clientId)}`,
    },
    people: { path: '/admin/people', getHref: () => '/admin/people' },
    packages: { path: '/admin/packages', getHref: () => '/admin/packages' },
    settings: { path: '/admin/settings', getHref: () => '/admin/settings' },
    audit: { path: '/admin/audit', getHref: () => '/admin/audit' },
  },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
} as const

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirect(target: string | null): string {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return paths.home.getHref()
  return target
}
