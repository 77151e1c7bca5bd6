import type { ApiResponse } from '../../http/types.ts'
import { authJson } from '../responses.ts'
import { authSettings } from '../settings.ts'

export const health = (): ApiResponse =>
  authJson(200, {
    version: 'local',
    name: 'GoTrue',
    description: 'GoTrue is a user registration and authentication API',
  })

/** What `supabase start` enables: email accounts confirmed at once; sign-up as config.toml says. */
export const settings = (): ApiResponse =>
  authJson(200, {
    external: { email: true, phone: false, anonymous_users: false },
    disable_signup: !authSettings().enableSignup,
    mailer_autoconfirm: true,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  })
