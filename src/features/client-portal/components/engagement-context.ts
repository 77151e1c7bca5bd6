import { createContext, useContext } from 'react'

import type { EngagementStep } from '@/lib/workflow'

/** What every panel of the engagement page needs: the engagement, and who is looking at it. */
export type EngagementView = {
  engagementId: string
  code: string
  step: EngagementStep
  state: string
  version: number
  warrantyEndsAt: string | null
  /** Only the client's approver accepts quotes, acceptance and change requests; members upload, pay, ask. */
  isApprover: boolean
}

export const EngagementViewContext = createContext<EngagementView | null>(null)

export function useEngagementView(): EngagementView {
  const view = useContext(EngagementViewContext)
  if (!view) throw new Error('useEngagementView must be used inside the engagement page')
  return view
}
