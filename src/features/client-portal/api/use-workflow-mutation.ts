import { useMutation, useQueryClient } from '@tanstack/react-query'

import { isStaleView } from '@/lib/workflow'

import { clientPortalKeys } from './keys'

/**
 * A workflow action changes the engagement, its whose-move and the "your turn" list at once,
 * so on success every portal query is refreshed through the key factory. A refusal because the
 * page showed out-of-date terms refreshes them too, so the person sees what they now decide on.
 */
export function useWorkflowMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientPortalKeys.all })
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => (isStaleView(error) ? refresh() : undefined),
  })
}
