import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query'

export type InvalidatingMutationOptions<Result, Input, Context> = Omit<
  UseMutationOptions<Result, Error, Input, Context>,
  'mutationFn' | 'onSettled'
> & {
  mutationFn: (input: Input) => Promise<Result>
  /** What the action changes, as keys from the key factories: read again once the database answers. */
  invalidates: (input: Input) => readonly QueryKey[]
  /** Whether a refusal also changes what the screen should show (a stale view); by default it changes nothing. */
  refreshOnError?: (error: Error) => boolean
}

/**
 * Every mutation of the app: the database decides, then what it changed is read again through
 * the key factories, so the screen shows the database's answer rather than a guess.
 */
export function useInvalidatingMutation<Result, Input, Context = unknown>({
  invalidates,
  refreshOnError = () => false,
  onSuccess,
  onError,
  ...options
}: InvalidatingMutationOptions<Result, Input, Context>) {
  const queryClient = useQueryClient()
  const refresh = (input: Input) =>
    Promise.all(invalidates(input).map((queryKey) => queryClient.invalidateQueries({ queryKey })))
  return useMutation<Result, Error, Input, Context>({
    ...options,
    onSuccess: async (result, input, snapshot, context) => {
      await onSuccess?.(result, input, snapshot, context)
      await refresh(input)
    },
    onError: async (error, input, snapshot, context) => {
      await onError?.(error, input, snapshot, context)
      if (refreshOnError(error)) await refresh(input)
    },
  })
}
