import type { Preferences } from './types.ts'

const allowed: { [K in keyof Preferences]: readonly NonNullable<Preferences[K]>[] } = {
  return: ['minimal', 'representation', 'headers-only'],
  count: ['exact', 'planned', 'estimated'],
  resolution: ['merge-duplicates', 'ignore-duplicates'],
  missing: ['default', 'null'],
  tx: ['commit', 'rollback'],
}

/** Reads the Prefer header leniently, as PostgREST does by default: unknown preferences are ignored. */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const preferences: Preferences = { return: null, count: null, resolution: null, missing: null, tx: null }
  const text = Array.isArray(header) ? header.join(',') : (header ?? '')
  for (const token of text.split(',')) {
    const [key, value] = token.split('=').map((part) => part.trim())
    if (!key || !value || !(key in allowed)) continue
    const name = key as keyof Preferences
    if ((allowed[name] as readonly string[]).includes(value))
      (preferences as unknown as Record<string, string | null>)[name] = value
  }
  return preferences
}
