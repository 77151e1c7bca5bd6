import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import * as z from 'zod/mini'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import {
  DOCUMENT_ACCEPT,
  DocumentUploadError,
  useUploadDocument,
  type DocumentVisibility,
} from '@/lib/documents'
import { refusalSentence } from '@/lib/workflow'

const VISIBILITIES: DocumentVisibility[] = ['confidential', 'shared', 'internal']

const uploadSchema = z.object({
  files: z.custom<FileList>(
    (value) => typeof FileList !== 'undefined' && value instanceof FileList && value.length > 0,
    'documents.chooseFile',
  ),
  visibility: z.enum(['confidential', 'shared', 'internal']),
  isDeliverable: z.boolean(),
})
type UploadValues = z.infer<typeof uploadSchema>

export function DocumentUploadForm({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement-workspace')
  const upload = useUploadDocument()
  const { register, handleSubmit, formState, reset, control } = useForm<UploadValues>({
    resolver: standardSchemaResolver(uploadSchema),
    defaultValues: { visibility: 'confidential', isDeliverable: false },
  })
  const visibility = useWatch({ control, name: 'visibility' })
  const fileError = formState.errors.files?.message
  const failure = upload.error
  const failureText =
    failure instanceof DocumentUploadError &&
    ['storage_refused', 'upload_failed', 'network'].includes(failure.code)
      ? t(`documents.uploadErrors.${failure.code as 'network'}`)
      : null

  return (
    <Panel level={3} title={t('documents.uploadTitle')}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit(({ files, visibility: chosen, isDeliverable }) => {
          const file = files[0]
          if (!file) return
          upload.mutate(
            { engagementId, file, visibility: chosen, isDeliverable },
            { onSuccess: () => reset() },
          )
        })}
      >
        <Field
          label={t('documents.file')}
          hint={t('documents.fileHint')}
          error={fileError ? t(fileError as 'documents.chooseFile') : undefined}
        >
          <input
            type="file"
            accept={DOCUMENT_ACCEPT}
            className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
            {...register('files')}
          />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t('documents.visibilityLabel')}</legend>
          <div className="flex flex-wrap gap-4">
            {VISIBILITIES.map((option) => (
              <label key={option} className="inline-flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" value={option} {...register('visibility')} />
                {t(`documents.visibility.${option}`)}
              </label>
            ))}
          </div>
          <p className="text-sm text-slate-600">{t(`documents.visibilityHint.${visibility}`)}</p>
        </fieldset>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" {...register('isDeliverable')} />
          {t('documents.deliverable')}
        </label>
        {upload.progress !== null && (
          <div className="space-y-1">
            <progress
              className="h-2 w-full overflow-hidden rounded accent-brand-600"
              aria-label={t('documents.progress')}
              max={100}
              value={Math.round(upload.progress * 100)}
            />
            <p className="text-xs text-slate-600" aria-hidden="true">
              {Math.round(upload.progress * 100)}%
            </p>
          </div>
        )}
        {failure &&
          (failureText ? (
            <Alert>{failureText}</Alert>
          ) : failure instanceof DocumentUploadError ? (
            <Alert>{refusalSentence(failure.code)}</Alert>
          ) : (
            <RefusalAlert error={failure} />
          ))}
        {upload.isSuccess && <Alert tone="info">{t('documents.uploaded', { name: upload.data.name })}</Alert>}
        <Button type="submit" isLoading={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </Button>
      </form>
    </Panel>
  )
}
