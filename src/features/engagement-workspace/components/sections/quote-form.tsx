import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { useEffect } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/panel'
import { RefusalAlert } from '@/components/ui/refusal-alert'
import { Select } from '@/components/ui/select'
import { TextArea } from '@/components/ui/text-area'
import { formatVnd } from '@/lib/format'

import type { EngagementSummary } from '../../api/get-engagement'
import { usePackages } from '../../api/get-packages'
import type { Quote } from '../../api/get-quotes'
import { sendQuoteSchema, useSendQuote, type SendQuoteInput } from '../../api/send-quote'
import { quoteFormValues } from './quote-form-values'
import { QuotePaymentFields } from './quote-payment-fields'

const EMPTY_MILESTONE = { title: '', responsible: 'provider', dueDate: '' } as const

type QuoteFormProps = {
  engagement: EngagementSummary
  /** The sent quote being revised: the form starts from its terms, and sending replaces it. */
  revising?: Quote | undefined
  onSent?: () => void
}

/** Compose a quote from a package: price in VND, scope, the work plan and when each payment falls due. */
export function QuoteForm({ engagement, revising, onSent }: QuoteFormProps) {
  const { t } = useTranslation('engagement-workspace')
  const packages = usePackages()
  const send = useSendQuote(engagement.id ?? '')
  const { register, handleSubmit, formState, control, setValue, getValues, setFocus } =
    useForm<SendQuoteInput>({
      resolver: standardSchemaResolver(sendQuoteSchema),
      defaultValues: quoteFormValues(revising),
    })
  // Revising starts where the terms change most often: the price.
  useEffect(() => {
    if (revising) setFocus('price')
  }, [revising, setFocus])
  const milestones = useFieldArray({ control, name: 'milestones' })
  const { errors } = formState
  const message = (text: string | undefined) => (text ? t(text as 'validation.titleRequired') : undefined)

  const packageField = register('packageId', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = packages.data?.find((item) => item.id === event.target.value)
      if (chosen && getValues('price').trim() === '')
        setValue('price', formatVnd(chosen.price_vnd).replace(/\s*₫$/, ''))
    },
  })

  return (
    <Panel level={3} title={revising ? t('quote.reviseTitle') : t('quote.formTitle')}>
      <form
        noValidate
        aria-label={revising ? t('quote.reviseTitle') : t('quote.formTitle')}
        className="space-y-4"
        onSubmit={handleSubmit((values) =>
          send.mutate(
            { ...values, expectedVersion: engagement.version ?? 0 },
            { onSuccess: () => onSent?.() },
          ),
        )}
      >
        <p className="text-sm text-slate-600">{t('quote.formHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('quote.package')} error={message(errors.packageId?.message)}>
            <Select {...packageField}>
              <option value="">{t('quote.choosePackage')}</option>
              {(packages.data ?? []).map((item) => (
                <option key={item.id} value={item.id}>
                  {t('quote.packageOption', { name: item.name, price: formatVnd(item.price_vnd) })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('quote.price')} hint={t('quote.priceHint')} error={message(errors.price?.message)}>
            <Input inputMode="numeric" {...register('price')} />
          </Field>
        </div>
        <Field label={t('quote.scope')} error={message(errors.scope?.message)}>
          <TextArea rows={4} {...register('scope')} />
        </Field>
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">{t('quote.milestones')}</legend>
          {errors.milestones?.root?.message && <Alert>{message(errors.milestones.root.message)}</Alert>}
          {milestones.fields.map((field, index) => {
            const n = index + 1
            const rowErrors = errors.milestones?.[index]
            return (
              <div
                key={field.id}
                className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_auto]"
              >
                <Field
                  label={t('quote.milestoneTitle', { index: n })}
                  error={message(rowErrors?.title?.message)}
                >
                  <Input {...register(`milestones.${index}.title`)} />
                </Field>
                <Field
                  label={t('quote.milestoneDue', { index: n })}
                  error={message(rowErrors?.dueDate?.message)}
                >
                  <Input
                    placeholder="dd/MM/yyyy"
                    inputMode="numeric"
                    {...register(`milestones.${index}.dueDate`)}
                  />
                </Field>
                <Field label={t('quote.milestoneResponsible', { index: n })}>
                  <Select {...register(`milestones.${index}.responsible`)}>
                    <option value="provider">{t('milestones.responsible.provider')}</option>
                    <option value="client">{t('milestones.responsible.client')}</option>
                  </Select>
                </Field>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={t('quote.removeMilestone', { index: n })}
                  disabled={milestones.fields.length === 1}
                  onClick={() => milestones.remove(index)}
                >
                  ✕
                </Button>
              </div>
            )
          })}
          <Button variant="secondary" size="sm" onClick={() => milestones.append({ ...EMPTY_MILESTONE })}>
            {t('quote.addMilestone')}
          </Button>
        </fieldset>
        <QuotePaymentFields control={control} register={register} errors={errors} message={message} />
        <RefusalAlert error={send.error} />
        {send.isSuccess && <Alert tone="info">{t('quote.sent')}</Alert>}
        <Button type="submit" isLoading={send.isPending}>
          {send.isPending ? t('quote.submitting') : revising ? t('quote.submitRevision') : t('quote.submit')}
        </Button>
      </form>
    </Panel>
  )
}
