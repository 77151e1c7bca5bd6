import { useEffect, useRef } from 'react'
import { useForm } from 'react-hook-form'
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useTranslation } from 'react-i18next'
import * as z from 'zod/mini'

import { Button } from '@/components/ui/button'
import { TextArea } from '@/components/ui/text-area'
import { schemaMessage } from '@/lib/i18n'

import { moveEngagementSchema } from '../api/move-engagement-schema'

/** The rejection's reason is the move's note, required here as the database requires it. */
const rejectSchema = z.object({
  note: moveEngagementSchema.shape.note.def.innerType.check(z.minLength(1, 'reject.required')),
})
type RejectInput = z.infer<typeof rejectSchema>

type RejectDialogProps = { code: string; onSubmit: (note: string) => void; onCancel: () => void }

/** Rejecting at acceptance sends the work back to implementation, and says what must be fixed. */
export function RejectDialog({ code, onSubmit, onCancel }: RejectDialogProps) {
  const { t } = useTranslation('board')
  const dialogRef = useRef<HTMLDialogElement>(null)
  const form = useForm<RejectInput>({
    resolver: standardSchemaResolver(rejectSchema),
    defaultValues: { note: '' },
  })
  const error = form.formState.errors.note?.message

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="reject-title"
      aria-describedby="reject-description"
      onCancel={onCancel}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={form.handleSubmit(({ note }) => onSubmit(note))} className="space-y-4 p-5" noValidate>
        <h2 id="reject-title" className="text-lg font-semibold text-slate-900">
          {t('reject.title', { code })}
        </h2>
        <p id="reject-description" className="text-sm text-slate-700">
          {t('reject.description')}
        </p>
        <label className="block text-sm font-medium text-slate-800">
          {t('reject.reason')}
          <TextArea
            {...form.register('note')}
            rows={4}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reject-error' : undefined}
            className="mt-1"
          />
        </label>
        {error && (
          <p id="reject-error" className="text-sm font-medium text-red-700">
            {schemaMessage('board', error)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            {t('reject.cancel')}
          </Button>
          <Button type="submit">{t('reject.submit')}</Button>
        </div>
      </form>
    </dialog>
  )
}
