import { PostgrestError, type FunctionsHttpError } from '@supabase/supabase-js'
import { z } from 'zod'

const refusalSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.string().nullable().default(null),
  hint: z.string().nullable().default(null),
})

/** The document functions answer a refusal in the database's shape; it reads as one, so it is translated alike. */
export async function refusalOf(error: FunctionsHttpError): Promise<Error> {
  const response: unknown = error.context
  if (!(response instanceof Response)) return error
  const body = refusalSchema.safeParse(await response.json().catch(() => null))
  if (!body.success) return error
  return new PostgrestError({ ...body.data, details: body.data.details ?? '', hint: body.data.hint ?? '' })
}
