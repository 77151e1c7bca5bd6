import { resolveRequestRole } from '../http/request-role.ts'
import { json, type ServiceHandler } from '../http/types.ts'

export interface AdminActions {
  /** Back to the migrated and seeded state; resolves once the stack serves the new database. */
  reset(): Promise<{ ms: number }>
}

/** `/_local/v1`: what only the local stack has (Supabase's gateway has no such mount); service role only. */
export function adminHandler(actions: AdminActions): ServiceHandler {
  return async (request) => {
    const verdict = resolveRequestRole(request.headers)
    if (!verdict.ok || verdict.value.role !== 'service_role') {
      return json(401, { code: 'service_role_required', message: 'This endpoint needs the service-role key' })
    }
    if (request.method === 'POST' && request.path === '/reset') {
      const { ms } = await actions.reset()
      return json(200, { reset: true, ms })
    }
    return json(404, { code: 'not_found', message: 'Not found' })
  }
}
