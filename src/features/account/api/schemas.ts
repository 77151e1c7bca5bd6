import * as z from 'zod/mini'

/** Auth's minimum_password_length (supabase/config.toml). */
export const MIN_PASSWORD_LENGTH = 6

/** Messages are translation keys of the `account` namespace; the forms translate them. */
const password = z.string().check(z.minLength(MIN_PASSWORD_LENGTH, 'validation.passwordTooShort'))

export const newPasswordSchema = z.object({ password, confirmation: z.string() }).check(
  z.refine((values) => values.password === values.confirmation, {
    message: 'validation.passwordsDiffer',
    path: ['confirmation'],
  }),
)
export type NewPasswordInput = z.infer<typeof newPasswordSchema>

export const fullNameField = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'validation.fullNameRequired'),
    z.maxLength(120, 'validation.fullNameTooLong'),
  )

export const acceptInvitationSchema = z
  .object({ fullName: fullNameField, password, confirmation: z.string() })
  .check(
    z.refine((values) => values.password === values.confirmation, {
      message: 'validation.passwordsDiffer',
      path: ['confirmation'],
    }),
  )
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>

export const emailSchema = z.object({
  email: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.emailRequired'), z.email('validation.emailInvalid')),
})
export type EmailInput = z.infer<typeof emailSchema>

export const profileSchema = z.object({
  fullName: fullNameField,
  phone: z.string().check(
    z.trim(),
    z.refine((value) => value === '' || /^[0-9 +().-]{6,20}$/.test(value), 'validation.phoneInvalid'),
  ),
  language: z.enum(['vi', 'en']),
})
export type ProfileInput = z.infer<typeof profileSchema>
