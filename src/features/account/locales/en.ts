import type { Messages } from '@/lib/i18n'

import type vi from './vi'

const en: Messages<typeof vi> = {
  acceptInvitation: {
    title: 'Accept the invitation',
    subtitle: 'Give your full name and choose a password to get started.',
    submit: 'Accept and continue',
    submitting: 'Saving…',
  },
  forgotPassword: {
    title: 'Forgotten password',
    subtitle: 'Enter your email and we will send you a link to reset your password.',
    submit: 'Send the link',
    submitting: 'Sending…',
    sent: 'If {{email}} has an account, an email with a link to reset the password is on its way. The link works once.',
  },
  resetPassword: {
    title: 'Choose a new password',
    subtitle: 'Choose a new password for your account.',
    submit: 'Save the password',
    submitting: 'Saving…',
  },
  profile: {
    title: 'My profile',
    details: 'Personal details',
    email: 'Email',
    save: 'Save changes',
    saving: 'Saving…',
    saved: 'Your details are saved.',
    passwordTitle: 'Change password',
    passwordSave: 'Change password',
    passwordSaved: 'Password changed. Your other sessions were signed out.',
  },
  fields: {
    email: 'Email',
    fullName: 'Full name',
    phone: 'Phone number',
    language: 'Language',
    password: 'New password',
    confirmation: 'Repeat the password',
    passwordHint: 'At least 6 characters.',
  },
  backToLogin: 'Back to sign-in',
  validation: {
    emailRequired: 'Enter your email.',
    emailInvalid: 'This email is not valid.',
    fullNameRequired: 'Enter your full name.',
    fullNameTooLong: 'A full name has at most 120 characters.',
    phoneInvalid: 'A phone number has 6 to 20 digits, spaces, +, ( ) . or -.',
    passwordTooShort: 'A password needs at least 6 characters.',
    passwordsDiffer: 'The two passwords differ.',
  },
  errors: {
    weakPassword: 'This password is too weak. Choose a longer one.',
    samePassword: 'The new password must differ from the old one.',
    linkExpired: 'This link is invalid or has expired (each link works once).',
    linkMissing: 'This page opens only from the link in an email.',
    accountDeactivated: 'This account has been deactivated.',
    tooManyRequests: 'Too many requests. Please wait a moment and try again.',
    invitationNotFound: 'This invitation was not found.',
    invitationNotYours: 'This invitation was sent to another email address.',
    invitationRevoked: 'This invitation was withdrawn. Ask for a new one.',
    invitationExpired: 'This invitation has expired. Ask for a new one.',
    invitationAccepted: 'This invitation has already been accepted. Sign in instead.',
    network: 'The server cannot be reached. Check the connection and try again.',
    unknown: 'That did not work. Please try again.',
  },
}

export default en
