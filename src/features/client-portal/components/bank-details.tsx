import { useTranslation } from 'react-i18next'

import { useCompanySettings } from '@/lib/company-settings'
import { formatVnd } from '@/lib/format'

import { transferReference } from '../config/bank-transfer'

/** Where to transfer an amount due (the provider's account in company settings), and what to write so TAMS can match it. */
export function BankDetails({ code, label, amountVnd }: { code: string; label: string; amountVnd: number }) {
  const { t } = useTranslation('client-portal')
  const settings = useCompanySettings()
  const account = settings.data
  const rows = [
    [t('bank.amount'), formatVnd(amountVnd)],
    [t('bank.bank'), account?.bank_name ?? '…'],
    [t('bank.accountNumber'), account?.bank_account_number ?? '…'],
    [t('bank.accountHolder'), account?.bank_account_name ?? '…'],
    [t('bank.reference'), transferReference(code, label)],
  ]
  return (
    <div className="rounded-md border border-brand-200 bg-brand-50 p-3">
      <p className="text-sm font-semibold text-brand-900">{t('bank.title')}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-700">{term}</dt>
            <dd className="font-medium break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
