import type { ReactNode } from 'react'

import type { QueueClaim } from '../api/get-warranty-queue'

/**
 * The claim's conversation, supplied by the route that composes this feature with the
 * conversations feature (features never import each other).
 */
export type ClaimThread = (claim: QueueClaim) => ReactNode
