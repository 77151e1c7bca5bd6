import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { warrantyQueueKeys } from './keys'

export const askClientSchema = z.object({
  question: z
    .string()
    .check(z.trim(), z.minLength(1, 'ask.questionRequired'), z.maxLength(2000, 'ask.tooLong')),
})

export type AskClientInput = z.infer<typeof askClientSchema>

/** The claim waits on the client (its SLA clock pauses) until they answer in the claim. */
export async function askClient({ claimId, question }: AskClientInput & { claimId: string }) {
  const { data, error } = await supabase.rpc('request_claim_information', { claim_id: claimId, question })
  if (error) throw error
  return data
}

export function useAskClient() {
  return useInvalidatingMutation({
    mutationFn: askClient,
    invalidates: () => [warrantyQueueKeys.all],
    // A refusal may mean the claim moved on meanwhile: the queue shows where it is now.
    refreshOnError: () => true,
  })
}
