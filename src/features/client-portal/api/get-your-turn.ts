import { queryOptions, useQuery } from '@tanstack/react-query'

import { liveRefresh, useLiveQueryInvalidation } from '@/lib/realtime'
import { supabase } from '@/lib/supabase'

import { CLIENT_LIST_CHANGES } from './get-engagements'
import { clientPortalKeys } from './keys'

/**
 * Every action waiting on the client's side across their active engagements, as the database
 * lists it (pending_actions): nothing here decides what is due or whose it is.
 */
export async function getYourTurn() {
  const { data, error } = await supabase
    .from('pending_actions')
    .select(
      'engagement_id, kind, subject_id, actor, since, due_at, note, engagement_code, engagement_title, subject_title, amount_vnd, payment_kind, payment_label_code',
    )
    .eq('side', 'client')
    .order('since')
  if (error) throw error
  return data
}

export type YourTurnItem = Awaited<ReturnType<typeof getYourTurn>>[number]

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
