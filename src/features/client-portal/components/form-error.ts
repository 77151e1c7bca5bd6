import type { FieldError } from 'react-hook-form'

import { schemaMessage } from '@/lib/i18n'

/** Schema messages are keys of this feature's namespace. */
export function fieldError(error: FieldError | undefined): string | undefined {
  return schemaMessage('client-portal', error?.message)
}
