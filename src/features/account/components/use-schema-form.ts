import { useState, type FormEvent } from 'react'
import * as z from 'zod/mini'

/**
 * A plain form checked by its mutation's schema: the first invalid field takes the focus, and each
 * field's message (a translation key) is kept by its name.
 */
export function useSchemaForm<Schema extends z.ZodMiniType>(
  schema: Schema,
  onValid: (values: z.infer<Schema>) => void,
) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const parsed = z.safeParse(schema, Object.fromEntries(new FormData(form)))
    if (!parsed.success) {
      const found: Record<string, string> = {}
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message
      setErrors(found)
      const first = Object.keys(found)[0]
      if (first) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
      return
    }
    setErrors({})
    onValid(parsed.data)
  }
  return { errors, onSubmit }
}
