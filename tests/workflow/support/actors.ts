import { anonClient, persona, signUpFreshUser, type DemoName, type Persona } from '../../support/personas.ts'

/** Every persona the transition table is tried as: the seven demo users, a fresh sign-up, anon. */
export const ACTOR_NAMES = ['admin', 'manager', 'lan', 'minh', 'an', 'binh', 'chi', 'fresh', 'anon'] as const
export type ActorName = (typeof ACTOR_NAMES)[number]

let fresh: Promise<Persona> | undefined

export async function actor(name: ActorName): Promise<Persona> {
  if (name === 'anon') return { name, email: '', userId: '', accessToken: '', client: anonClient() }
  if (name === 'fresh') return (fresh ??= signUpFreshUser('no-role'))
  return persona(name satisfies DemoName)
}

/**
 * The code a persona outside the engagement gets: it is invisible to them (Minh and Chi are on the
 * other client, a fresh user on none); anon may not call workflow functions at all.
 */
export const OUTSIDER_CODES: Partial<Record<ActorName, string>> = {
  minh: 'engagement_not_found',
  chi: 'engagement_not_found',
  fresh: 'engagement_not_found',
  anon: '42501',
}
