import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import type { DocumentVisibility } from '@/lib/documents'

import { useClientUpload } from '../api/client-documents'

import { useEngagementView } from './engagement-context'
import { FilePicker, UploadProgress } from './file-picker'
import { UploadError } from './upload-error'

const CLIENT_VISIBILITIES = ['confidential', 'shared'] as const satisfies readonly DocumentVisibility[]

/** A client uploads confidential (their own, the AM and managers) or shared documents, never internal. */
export function DocumentUploadForm() {
  const { t } = useTranslation('client-portal')
  const { engagementId } = useEngagementView()
  const [file, setFile] = useState<File | null>(null)
  const [visibility, setVisibility] = useState<DocumentVisibility>('confidential')
  const [formKey, setFormKey] = useState(0)
  const upload = useClientUpload()
  return (
    <form
      key={formKey}
      noValidate
      className="space-y-3 rounded-md border border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault()
        if (!file) return
        upload.mutate(
          { engagementId, file, visibility },
          {
            onSuccess: () => {
              setFile(null)
              setFormKey((key) => key + 1)
            },
            onSettled: upload.refresh,
          },
        )
      }}
    >
      <h3 className="font-medium text-slate-900">{t('documents.uploadTitle')}</h3>
      <FilePicker label={t('documents.file')} onChange={setFile} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t('documents.visibility')}</legend>
        {CLIENT_VISIBILITIES.map((option) => (
          <div key={option} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              id={`visibility-${option}`}
              type="radio"
              name="visibility"
              value={option}
              checked={visibility === option}
              onChange={() => setVisibility(option)}
              aria-describedby={`visibility-${option}-hint`}
              className="mt-1 accent-brand-600"
            />
            <div>
              <label htmlFor={`visibility-${option}`} className="font-medium">
                {t(`documents.visibilityName.${option}`)}
              </label>
              <p id={`visibility-${option}-hint`} className="text-slate-600">
                {t(`documents.visibilityHint.${option}`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <UploadProgress progress={upload.progress} />
      <UploadError error={upload.error} />
      <Button type="submit" disabled={!file} isLoading={upload.isPending}>
        {t('documents.upload')}
      </Button>
    </form>
  )
}
