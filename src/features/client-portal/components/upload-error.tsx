import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { DocumentUploadError } from '@/lib/documents'
import { refusalSentence } from '@/lib/workflow'

const CHECK_CODES = new Set(['file_too_large', 'file_type_not_allowed', 'invalid_file_name'])

/** An upload that failed: the file checks in the database's words, transport failures in ours. */
export function UploadError({ error }: { error: unknown }) {
  const { t } = useTranslation('client-portal')
  if (!error) return null
  if (error instanceof DocumentUploadError) {
    return (
      <Alert>
        {CHECK_CODES.has(error.code) ? refusalSentence(error.code) : t(`documents.uploadError.${error.code}`)}
      </Alert>
    )
  }
  return <RefusalAlert error={error} />
}
