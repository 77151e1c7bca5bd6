import { useMutation, useQueryClient } from '@tanstack/react-query'

import { clientPortalKeys } from './keys'

/**
 * A workflow action changes the engagement, its whose-move and the "your turn" list at once,
 * so on success every portal query is refreshed through the key factory.
 */
export function useWorkflowMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientPortalKeys.all }),
  })
}
