import type { SupabaseClient } from '@supabase/supabase-js'

import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

/** The app's client, typed by the generated schema so every query and RPC is checked. */
export const db = supabase as unknown as SupabaseClient<Database>

type Functions = Database['public']['Functions']
export type RpcName = keyof Functions

/** Calls a workflow function; a refusal is thrown as the PostgREST error (its message is the stable code). */
export async function callRpc<Name extends RpcName>(
  name: Name,
  args: Functions[Name]['Args'],
): Promise<Functions[Name]['Returns']> {
  const { data, error } = await db.rpc(name, args as never)
  if (error) throw error
  return data as Functions[Name]['Returns']
}
