import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '@/components/ui/button'
import { formatVnd } from '@/lib/format'
import { qrImageUrl, vietQrPayload } from '@/lib/vietqr'

import { usePaymentAccount } from '../api/get-payment-account'
import type { Payment } from '../api/get-payments'

function CopyRow({ label, shown, copied }: { label: string; shown: string; copied: string }) {
  const { t } = useTranslation('client-portal')
  const [done, setDone] = useState(false)
  const copy = () =>
    navigator.clipboard.writeText(copied).then(
      () => setDone(true),
      () => setDone(false),
    )
  return (
    <div className="py-1">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="flex items-center justify-between gap-2">
        <span className="font-mono text-base font-semibold break-all text-slate-900">{shown}</span>
        <Button size="sm" variant="secondary" onClick={copy} aria-label={t('vietqr.copy', { what: label })}>
          {done ? t('vietqr.copied') : t('vietqr.copyShort')}
        </Button>
      </dd>
    </div>
  )
}

/** A VietQR code for one amount due (NAPAS247 transfer to the provider's account), with copy buttons. */
export function PaymentQr({ payment }: { payment: Payment }) {
  const { t } = useTranslation('client-portal')
  const account = usePaymentAccount()
  const [image, setImage] = useState<string | null>(null)
  const bank = account.data
  const payload =
    bank && bank.bank_bin && bank.bank_account_number && payment.amount_vnd > 0
      ? vietQrPayload({
          bankBin: bank.bank_bin,
          accountNumber: bank.bank_account_number,
          amountVnd: payment.amount_vnd,
          memo: payment.transfer_reference,
        })
      : null
  useEffect(() => {
    let current = true
    if (payload) void qrImageUrl(payload).then((url) => current && setImage(url))
    return () => {
      current = false
    }
  }, [payload])
  if (!bank || !payload) return null
  return (
    <section
      aria-label={t('vietqr.title')}
      className="grid gap-4 rounded-md border border-slate-200 bg-white p-3 sm:grid-cols-[auto_1fr]"
    >
      <figure className="mx-auto w-72 max-w-full">
        {image ? (
          <img
            src={image}
            alt={t('vietqr.alt', { amount: formatVnd(payment.amount_vnd) })}
            className="w-full"
          />
        ) : (
          <div className="aspect-square w-full animate-pulse rounded bg-slate-100" />
        )}
        <figcaption className="mt-1 text-center text-xs text-slate-600">{t('vietqr.scan')}</figcaption>
      </figure>
      <dl className="divide-y divide-slate-100 self-center">
        <div className="py-1">
          <dt className="text-xs text-slate-600">{t('bank.bank')}</dt>
          <dd className="text-sm font-medium text-slate-900">{bank.bank_name}</dd>
        </div>
        <CopyRow
          label={t('bank.accountNumber')}
          shown={bank.bank_account_number}
          copied={bank.bank_account_number}
        />
        <CopyRow
          label={t('bank.amount')}
          shown={formatVnd(payment.amount_vnd)}
          copied={String(payment.amount_vnd)}
        />
        <CopyRow
          label={t('bank.reference')}
          shown={payment.transfer_reference}
          copied={payment.transfer_reference}
        />
      </dl>
    </section>
  )
}
