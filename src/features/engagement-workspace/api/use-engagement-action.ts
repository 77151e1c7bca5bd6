import { useMutation, useQueryClient } from '@tanstack/react-query'

import { workspaceKeys } from './keys'

/**
 * A workflow action on one engagement: the RPC decides, then every panel of the workspace is
 * refetched, since one action may change the step, whose move, the events and the records.
 */
export function useEngagementAction<Input, Result>(
  engagementId: string,
  action: (input: Input) => Promise<Result>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: action,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.engagement(engagementId) }),
  })
}
