import { DatabaseError } from '../engine/types.ts'
import type { ApiRequest, ApiResponse, ServiceHandler, StackContext } from '../http/types.ts'
import { AuthError } from './responses.ts'
import { health, settings } from './routes/about.ts'
import { createUser, deleteUser, listUsers } from './routes/admin.ts'
import { generateLink, getUserById, updateUserById } from './routes/admin-user.ts'
import { invite } from './routes/invite.ts'
import { recover } from './routes/recover.ts'
import { verifyGet, verifyPost } from './routes/verify.ts'
import { signUp } from './routes/signup.ts'
import { issueToken } from './routes/token.ts'
import { getUser, logOut, updateUser } from './routes/user.ts'

type Route = (request: ApiRequest, context: StackContext) => Promise<ApiResponse> | ApiResponse

const ROUTES: Record<string, Route> = {
  'GET /health': health,
  'GET /settings': settings,
  'POST /signup': signUp,
  'POST /token': issueToken,
  'GET /user': getUser,
  'PUT /user': updateUser,
  'POST /logout': logOut,
  'POST /admin/users': createUser,
  'GET /admin/users': listUsers,
  'POST /admin/generate_link': generateLink,
  'POST /invite': invite,
  'POST /recover': recover,
  'GET /verify': verifyGet,
  'POST /verify': verifyPost,
}

type UserRoute = (request: ApiRequest, context: StackContext, userId: string) => Promise<ApiResponse>
const ADMIN_USER_ROUTES: Record<string, UserRoute> = {
  GET: getUserById,
  PUT: updateUserById,
  DELETE: deleteUser,
}

const ADMIN_USER_PATH = /^\/admin\/users\/([^/]+)$/

/** `/auth/v1`: the part of GoTrue that supabase-js's email and password flows, invitations and recovery use. */
export const handleAuth: ServiceHandler = async (request, context) => {
  try {
    const route = ROUTES[`${request.method} ${request.path.replace(/\/$/, '') || '/'}`]
    if (route) return await route(request, context)
    const adminUser = ADMIN_USER_PATH.exec(request.path)
    const userRoute = adminUser && ADMIN_USER_ROUTES[request.method]
    if (userRoute) return await userRoute(request, context, decodeURIComponent(adminUser![1]!))
    return new AuthError(404, 'not_found', 'Not found').toResponse()
  } catch (error) {
    if (error instanceof AuthError) return error.toResponse()
    const refusal = error instanceof DatabaseError ? databaseRefusal(error) : undefined
    if (refusal) return refusal.toResponse()
    if (error instanceof URIError)
      return new AuthError(400, 'validation_failed', 'Malformed path').toResponse()
    throw error
  }
}

/** A racing sign-up can still hit the unique email index after our own check said it was free. */
function databaseRefusal(error: DatabaseError): AuthError | undefined {
  if (error.code === '23505') return new AuthError(422, 'user_already_exists', 'User already registered')
  if (error.code.startsWith('22')) return new AuthError(400, 'validation_failed', error.message)
  return undefined
}
