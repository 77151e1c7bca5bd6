/** Inputs larger than this are refused before any work is done on them. */
export const LIMITS = { queryLength: 16_384, nesting: 16, listItems: 1_000 }
