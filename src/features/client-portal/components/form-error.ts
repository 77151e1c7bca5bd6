import type { FieldError } from 'react-hook-form'
import type { TFunction } from 'i18next'

/** Schema messages are keys of this feature's namespace. */
export function fieldError(t: TFunction, error: FieldError | undefined): string | undefined {
  return error?.message ? t(error.message) : undefined
}
