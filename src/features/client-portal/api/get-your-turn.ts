import { queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { CLIENT_LIST_CHANGES } from './get-engagements'
import { clientPortalKeys } from './keys'

export type YourTurnKind =
  | 'acceptQuote'
  | 'pay'
  | 'provideInformation'
  | 'confirmInformation'
  | 'acceptDelivery'
  | 'approveChangeRequest'
  | 'answerClaim'
  | 'confirmFix'

export type YourTurnItem = {
  kind: YourTurnKind
  key: string
  engagementId: string
  code: string
  engagementTitle: string
  subject: string | null
  amountVnd: number | null
}

function throwIf(error: unknown) {
  if (error) throw error
}

/** Every action waiting on the client, across their active engagements, read in parallel (not per card). */
export async function getYourTurn(): Promise<YourTurnItem[]> {
  const [engagements, quotes, payments, requirements, changes, claims] = await Promise.all([
    supabase.from('engagement_board').select('id, code, title, step').eq('state', 'active'),
    supabase.from('quotes').select('id, engagement_id, price_vnd').eq('status', 'sent'),
    supabase
      .from('payments')
      .select('id, engagement_id, label, amount_vnd')
      .in('status', ['due', 'rejected']),
    supabase
      .from('requirements')
      .select('id, engagement_id, title, status')
      .in('status', ['requested', 'provided']),
    supabase
      .from('change_requests')
      .select('id, engagement_id, title, extra_price_vnd')
      .eq('status', 'quoted'),
    supabase
      .from('warranty_claims')
      .select('id, engagement_id, title, status')
      .in('status', ['waiting_on_client', 'resolved']),
  ])
  for (const result of [engagements, quotes, payments, requirements, changes, claims]) throwIf(result.error)
  const active = new Map((engagements.data ?? []).map((row) => [row.id, row]))
  const items: YourTurnItem[] = []
  const add = (
    kind: YourTurnKind,
    id: string,
    engagementId: string,
    subject: string | null,
    amount: number | null,
  ) => {
    const engagement = active.get(engagementId)
    if (!engagement?.id) return
    items.push({
      kind,
      key: `${kind}:${id}`,
      engagementId,
      code: engagement.code ?? '',
      engagementTitle: engagement.title ?? '',
      subject,
      amountVnd: amount,
    })
  }
  for (const row of engagements.data ?? [])
    if (row.step === 'acceptance' && row.id) add('acceptDelivery', row.id, row.id, null, null)
  for (const row of quotes.data ?? []) add('acceptQuote', row.id, row.engagement_id, null, row.price_vnd)
  for (const row of payments.data ?? []) add('pay', row.id, row.engagement_id, row.label, row.amount_vnd)
  for (const row of requirements.data ?? [])
    add(
      row.status === 'requested' ? 'provideInformation' : 'confirmInformation',
      row.id,
      row.engagement_id,
      row.title,
      null,
    )
  for (const row of changes.data ?? [])
    add('approveChangeRequest', row.id, row.engagement_id, row.title, row.extra_price_vnd)
  for (const row of claims.data ?? [])
    add(row.status === 'resolved' ? 'confirmFix' : 'answerClaim', row.id, row.engagement_id, row.title, null)
  return items
}

export const getYourTurnQueryOptions = () =>
  queryOptions({ queryKey: clientPortalKeys.yourTurn(), queryFn: getYourTurn })

export function useYourTurn() {
  const { live } = useLiveQueryInvalidation({
    channel: 'client-your-turn',
    changes: CLIENT_LIST_CHANGES,
    queryKeys: [clientPortalKeys.yourTurn()],
  })
  return useQuery({ ...getYourTurnQueryOptions(), ...liveRefresh(live) })
}
