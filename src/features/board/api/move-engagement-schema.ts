import * as z from 'zod/mini'

import type { Enums } from '@/lib/database.types'
import { STEPS } from '@/lib/workflow'

/**
 * A move's fields. Only the reason dialog validates them (the database checks the rest), so the
 * schema lives apart from the mutation and loads with that dialog, not with the board.
 * Messages are keys of the `board` namespace; the dialog translates them.
 */
export const moveEngagementSchema = z.object({
  engagementId: z.string(),
  toStep: z.enum(STEPS as [Enums<'engagement_step'>, ...Enums<'engagement_step'>[]]),
  expectedVersion: z.number(),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'reject.tooLong'))),
})

export type MoveEngagementInput = z.infer<typeof moveEngagementSchema>
