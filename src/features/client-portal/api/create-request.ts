import * as z from 'zod/mini'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'
import { writtenRequestFields } from './written-request'

/** Messages are keys of the `client-portal` namespace; the form translates them. */
export const createRequestSchema = z.object({
  packageId: z.string().check(z.minLength(1, 'validation.packageRequired')),
  ...writtenRequestFields,
})

export type CreateRequestInput = z.infer<typeof createRequestSchema>

/**
 * Step 1: the client opens an engagement for their own company, with the package it chose and the
 * request in its own words; the database gives it to the client's account manager at once.
 */
export async function createRequest({ clientId, ...input }: CreateRequestInput & { clientId: string }) {
  const { data, error } = await supabase.rpc('create_engagement', {
    client_id: clientId,
    title: input.title,
    package_id: input.packageId,
    details: input.description,
  })
  if (error) throw error
  return data
}

export function useCreateRequest() {
  return useInvalidatingMutation({
    mutationFn: createRequest,
    invalidates: () => [clientPortalKeys.all],
    refreshOnError: isStaleView,
  })
}
