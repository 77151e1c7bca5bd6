/**
 * Never run, only compiled (`npm run typecheck`): the generated schema checks every table, view
 * and RPC the app names, so a typo or a stale argument fails the build rather than a request.
 */
import type { Database, Tables } from './database.types'
import { supabase } from './supabase'

type Functions = Database['public']['Functions']
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const same = <A, B>(proof: Same<A, B>) => proof

export async function schemaChecks() {
  // @ts-expect-error there is no such table
  await supabase.from('no_such_table').select('*')

  // @ts-expect-error transition_engagement takes `to_step`, not `step`
  await supabase.rpc('transition_engagement', { engagement_id: '', step: 'payment', expected_version: 1 })

  // @ts-expect-error there is no such RPC
  await supabase.rpc('no_such_function')

  // @ts-expect-error `payment_id` is a uuid, a string
  await supabase.rpc('confirm_payment', { payment_id: 1 })

  // Rows are typed, not `any`: a table, a view and a set-returning RPC.
  const documents = await supabase.from('documents').select('*')
  same<typeof documents.data, Tables<'documents'>[] | null>(true)
  const board = await supabase.from('engagement_board').select('id, code')
  same<typeof board.data, Pick<Tables<'engagement_board'>, 'id' | 'code'>[] | null>(true)
  const cards = await supabase.rpc('board_cards', { states: ['active'] })
  same<typeof cards.data, Functions['board_cards']['Returns'] | null>(true)
  // @ts-expect-error a row of a view is not `any`
  same<typeof board.data, unknown>(true)
}
