import * as z from 'zod/mini'

/** One text answer: information the provider asked for, or the reason a fix did not work. */
export const claimTextSchema = z.object({
  text: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.textRequired'), z.maxLength(4000, 'validation.tooLong')),
})

export type ClaimText = z.infer<typeof claimTextSchema> & { claimId: string }
