import { useMutation } from '@tanstack/react-query'

import { signOut } from './session-api'

export function useSignOut() {
  return useMutation({ mutationFn: signOut })
}
