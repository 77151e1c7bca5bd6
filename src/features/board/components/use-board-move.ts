import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Profile } from '@/lib/profile'
import {
  describeRefusal,
  isRejection,
  isVersionConflict,
  stepName,
  type EngagementStep,
} from '@/lib/workflow'

import type { BoardEngagement, BoardQuery } from '../api/board-query'
import { useMoveEngagement } from '../api/move-engagement'
import { moveHintSentence } from '../lib/viewer'
import type { Feedback } from './move-feedback'

/**
 * A card move: optimistic through the mutation, explained when refused. A rejection at
 * acceptance first asks for the reason, when the person looks allowed to reject at all.
 */
export function useBoardMove(profile: Profile, query: BoardQuery) {
  const { t } = useTranslation('board')
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [rejecting, setRejecting] = useState<BoardEngagement | null>(null)
  const mutation = useMoveEngagement({
    query,
    onRefused: (error, input) => {
      const code = input.code
      if (isVersionConflict(error)) {
        setFeedback({ tone: 'error', text: t('move.conflict', { code }) })
        return
      }
      const refusal = describeRefusal(error)
      setFeedback({
        tone: 'error',
        text: t('move.refused', {
          code,
          reason: refusal.message,
          step: input.fromStep ? stepName(input.fromStep) : '',
        }),
        detail: refusal.waitingOnMessage,
      })
    },
  })

  const send = (engagement: BoardEngagement, toStep: EngagementStep, note?: string) => {
    if (!engagement.id || engagement.version === null) return
    setFeedback(null)
    mutation.mutate(
      {
        engagementId: engagement.id,
        toStep,
        expectedVersion: engagement.version,
        note,
        code: engagement.code ?? '',
        fromStep: engagement.step,
      },
      {
        onSuccess: () =>
          setFeedback({
            tone: 'success',
            text: t('move.moved', { code: engagement.code, step: stepName(toStep) }),
          }),
      },
    )
  }

  const request = (engagement: BoardEngagement, toStep: EngagementStep) => {
    const looksAllowed = moveHintSentence(profile, engagement, toStep) === null
    if (engagement.step && isRejection(engagement.step, toStep) && looksAllowed) setRejecting(engagement)
    else send(engagement, toStep)
  }

  return {
    feedback,
    dismiss: () => setFeedback(null),
    request,
    rejecting,
    confirmRejection: (note: string) => {
      if (rejecting) send(rejecting, 'implementation', note)
      setRejecting(null)
    },
    cancelRejection: () => setRejecting(null),
  }
}
