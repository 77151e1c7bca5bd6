import * as z from 'zod/mini'

/**
 * What every written request of a client has: a title and a description (C4, C6). Messages are
 * keys of the `client-portal` namespace; the forms translate them.
 */
export const writtenRequestFields = {
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.titleRequired'), z.maxLength(200, 'validation.tooLong')),
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.descriptionRequired'),
      z.maxLength(4000, 'validation.tooLong'),
    ),
}

export const writtenRequestSchema = z.object(writtenRequestFields)
export type WrittenRequest = z.infer<typeof writtenRequestSchema>
