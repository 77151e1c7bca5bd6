import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  login: {
    title: 'Sign in',
    subtitle: 'Use the email and password you were given.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    forgotPassword: 'Forgotten password?',
  },
  validation: {
    emailRequired: 'Please enter your email.',
    emailInvalid: 'This email is not valid.',
    passwordRequired: 'Please enter your password.',
  },
  errors: {
    accountDeactivated: 'This account has been deactivated. Contact your administrator.',
    invalidCredentials: 'Wrong email or password.',
    emailNotConfirmed: 'This email has not been confirmed yet.',
    tooManyRequests: 'Too many attempts. Please wait a moment and try again.',
    network: 'The server cannot be reached. Check your connection and try again.',
    unknown: 'Could not sign in. Please try again.',
  },
}

export default en
