import * as z from 'zod/mini'

import { Constants } from '@/lib/database.types'
import { parseVnd } from '@/lib/format'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'
import { engagementKeys } from '@/lib/engagement-keys'

export const LICENCE_KINDS = Constants.public.Enums.licence_asset_kind
export const LICENCE_HOLDERS = Constants.public.Enums.licence_holder

export const addLicenceAssetSchema = z.object({
  kind: z.enum(LICENCE_KINDS),
  name: z.string().check(z.trim(), z.minLength(1, 'validation.nameRequired')),
  licence: z.string().check(z.trim(), z.minLength(1, 'validation.licenceRequired')),
  source: z.string().check(z.trim(), z.minLength(1, 'validation.sourceRequired')),
  holder: z.enum(LICENCE_HOLDERS),
  cost: z
    .string()
    .check(z.refine((text) => text.trim() === '' || (parseVnd(text) ?? -1) >= 0, 'validation.costInvalid')),
  expiresOn: z.string().check(z.trim()),
})
export type AddLicenceAssetInput = z.infer<typeof addLicenceAssetSchema>

/** P7: the provider lists a third-party asset of the delivery; the register must be marked complete again. */
export async function addLicenceAsset(engagementId: string, input: AddLicenceAssetInput) {
  const { data, error } = await supabase.rpc('add_licence_asset', {
    engagement_id: engagementId,
    kind: input.kind,
    name: input.name,
    licence: input.licence,
    source: input.source,
    holder: input.holder,
    cost_vnd: input.cost.trim() ? (parseVnd(input.cost) ?? 0) : 0,
    ...(input.expiresOn ? { expires_on: input.expiresOn } : {}),
  })
  if (error) throw error
  return data
}

export function useAddLicenceAsset(engagementId: string) {
  return useInvalidatingMutation({
    mutationFn: (input: AddLicenceAssetInput) => addLicenceAsset(engagementId, input),
    invalidates: () => [engagementKeys.detail(engagementId)],
  })
}
