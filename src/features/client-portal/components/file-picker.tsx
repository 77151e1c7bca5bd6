import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { checkDocumentFile, DOCUMENT_ACCEPT, formatFileSize, MAX_DOCUMENT_BYTES } from '@/lib/documents'
import { refusalSentence } from '@/lib/workflow'

/** A file input that checks size and type before anything is sent (the database checks again). */
export function FilePicker({ label, onChange }: { label: string; onChange: (file: File | null) => void }) {
  const { t, i18n } = useTranslation('client-portal')
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN'
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={DOCUMENT_ACCEPT}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem ? true : undefined}
        className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
        onChange={(event) => {
          const file = event.target.files?.[0] ?? null
          const code = file ? checkDocumentFile(file) : null
          setProblem(code ? refusalSentence(code) : null)
          onChange(code ? null : file)
        }}
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t('documents.limits', { size: formatFileSize(MAX_DOCUMENT_BYTES, locale) })}
      </p>
      {problem && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      )}
    </div>
  )
}

/** Upload progress as a labelled bar. */
export function UploadProgress({ progress }: { progress: number | null }) {
  const { t } = useTranslation('client-portal')
  if (progress === null) return null
  const percent = Math.round(progress * 100)
  return (
    <div className="space-y-1">
      <progress
        className="h-2 w-full overflow-hidden rounded-full accent-brand-600"
        max={100}
        value={percent}
        aria-label={t('documents.progress')}
      />
      <p className="text-sm text-slate-700">{t('documents.progressValue', { percent })}</p>
    </div>
  )
}
