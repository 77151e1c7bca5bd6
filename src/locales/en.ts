import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  product: { name: 'TAMS – SAGOS', tagline: 'Engagement dashboard' },
  language: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
  header: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    mainNavigation: 'Main navigation',
  },
  nav: { home: 'Home', board: 'Board', client: 'Client', warranty: 'Warranty', dashboard: 'Oversight' },
  status: { loading: 'Loading…' },
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
  home: {
    title: 'Hello, {{name}}',
    signedInAs: 'You are signed in as {{email}}.',
    next: 'Where to work',
    board: 'Kanban board of engagements, by the seven steps of the policy.',
    client: "The client's engagements, their current step and what to do next.",
    warranty: 'Warranty claims and their progress.',
  },
  placeholder: {
    board: 'Engagement board',
    client: 'Client view',
    warranty: 'Warranty & support',
    comingSoon: 'This page is being built.',
  },
}

export default en
