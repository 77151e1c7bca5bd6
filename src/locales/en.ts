import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  product: { name: 'TAMS – SAGOS', tagline: 'Engagement dashboard' },
  language: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
  header: {
    signedInAs: 'Signed in as',
    profile: 'Profile',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    mainNavigation: 'Main navigation',
  },
  nav: {
    board: 'Board',
    client: 'Engagements',
    warranty: 'Warranty',
    dashboard: 'Oversight',
    clientUsers: 'Users',
    admin: 'Administration',
  },
  status: { loading: 'Loading…', slow: 'The server is not answering yet. Still trying…' },
  errors: {
    title: 'Something went wrong',
    description: 'This page could not be shown. Please try again.',
    section: 'This section could not be loaded.',
    retry: 'Try again',
    reload: 'Reload page',
    goHome: 'Go to home',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not exist or has moved.',
  },
}

export default en
