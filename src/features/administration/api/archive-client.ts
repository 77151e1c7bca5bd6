import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'
import { requireChanged } from './not-changed'

/** An archived client keeps its history and gets no new engagement (the database refuses one). */
export async function archiveClient({ clientId, archived }: { clientId: string; archived: boolean }) {
  const { data, error } = await supabase
    .from('clients')
    .update({ archived_at: archived ? new Date().toISOString() : null })
    .eq('id', clientId)
    .select('id')
  if (error) throw error
  return requireChanged(data)
}

export function useArchiveClient() {
  return useInvalidatingMutation({
    mutationFn: archiveClient,
    invalidates: () => [administrationKeys.clients()],
  })
}
