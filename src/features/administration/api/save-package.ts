import * as z from 'zod/mini'

import { parseVnd } from '@/lib/format'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { administrationKeys } from './keys'
import { requireChanged } from './not-changed'

/** Messages are keys of the `administration` namespace; the price is typed as shown (`15.000.000`). */
export const packageSchema = z.object({
  code: z.string().check(z.trim(), z.regex(/^[A-Z0-9-]{2,20}$/, 'packages.codeInvalid')),
  name: z.string().check(z.trim(), z.minLength(1, 'packages.nameRequired')),
  description: z.string().check(z.trim()),
  price: z.string().check(z.refine((value) => parseVnd(value) !== null, 'packages.priceInvalid')),
  warrantyMonths: z
    .string()
    .check(z.regex(/^([0-9]|[1-9][0-9]|1[01][0-9]|120)$/, 'packages.warrantyInvalid')),
})

export type PackageInput = z.infer<typeof packageSchema>

type Save = PackageInput & { packageId?: string; active?: boolean }

/** Creates the package, or updates (and archives or restores) it when `packageId` is given; admins only. */
export async function savePackage({ packageId, active, ...input }: Save) {
  const columns = {
    code: input.code,
    name: input.name,
    description: input.description,
    price_vnd: parseVnd(input.price) ?? 0,
    warranty_months: Number(input.warrantyMonths),
    ...(active !== undefined && { active }),
  }
  const query = packageId
    ? supabase.from('service_packages').update(columns).eq('id', packageId)
    : supabase.from('service_packages').insert(columns)
  const { data, error } = await query.select('id')
  if (error) throw error
  return requireChanged(data)
}

export function useSavePackage() {
  return useInvalidatingMutation({
    mutationFn: savePackage,
    invalidates: () => [administrationKeys.packages()],
  })
}
