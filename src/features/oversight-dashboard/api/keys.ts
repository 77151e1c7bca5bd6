/** Every dashboard figure's key starts here; the database refuses them all to non-managers. */
export const oversightKey = ['oversight'] as const
