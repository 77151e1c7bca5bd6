import type { User } from '@supabase/supabase-js'

/** Who is signed in, as the header and greetings show it. */
export type SignedInUser = {
  id: string
  email: string
  name: string | null
}

function nameFromMetadata(metadata: User['user_metadata']): string | null {
  for (const key of ['full_name', 'name', 'display_name']) {
    const value: unknown = metadata[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return null
}

export function toSignedInUser(user: User): SignedInUser {
  return { id: user.id, email: user.email ?? '', name: nameFromMetadata(user.user_metadata ?? {}) }
}
