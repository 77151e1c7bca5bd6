import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { Select } from '@/components/ui/select'

import { useAssigneeSuggestions } from '../api/get-assignee-suggestions'
import { WARRANTY_QUEUE_NS } from '../messages'

type Props = {
  id?: string
  claimIds: string[]
  value: string
  onChange: (value: string) => void
  'aria-describedby'?: string
  'aria-invalid'?: boolean
}

/**
 * Staff who may take every given claim; the database suggests the engagement's account manager
 * (else whoever has the fewest open claims), preselected when nothing is chosen yet.
 */
export function AssigneeSelect({ id, claimIds, value, onChange, ...aria }: Props) {
  const { t } = useTranslation(WARRANTY_QUEUE_NS)
  const suggestions = useAssigneeSuggestions(claimIds)
  const suggested = suggestions.data?.find((s) => s.suggested)?.user_id
  useEffect(() => {
    if (!value && suggested) onChange(suggested)
  }, [value, suggested, onChange])
  return (
    <Select id={id} {...aria} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{suggestions.isPending ? t('suggestion.loading') : t('suggestion.choose')}</option>
      {(suggestions.data ?? []).map((s) => (
        <option key={s.user_id} value={s.user_id}>
          {t(s.suggested ? 'suggestion.suggested' : 'suggestion.label', {
            name: s.full_name,
            count: s.open_claims,
          })}
        </option>
      ))}
    </Select>
  )
}
