import { cliConfig, type AuthSettings } from '../cli-config.ts'

/**
 * GoTrue's settings as `supabase start` passes them from config.toml's [auth] (GOTRUE_JWT_EXP,
 * GOTRUE_SECURITY_REFRESH_TOKEN_*, GOTRUE_DISABLE_SIGNUP). STACK_REFRESH_TOKEN_REUSE_INTERVAL
 * (seconds) overrides the reuse interval, so tests can see a reuse after it without waiting for it;
 * STACK_ENABLE_SIGNUP (true/false) overrides enable_signup, so the sign-up flow stays tested.
 */
export function authSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const configured = cliConfig().auth
  const signup = env.STACK_ENABLE_SIGNUP
  if (signup !== undefined && signup !== '' && signup !== 'true' && signup !== 'false')
    throw new Error('STACK_ENABLE_SIGNUP is true or false')
  const settings = signup ? { ...configured, enableSignup: signup === 'true' } : configured
  const override = env.STACK_REFRESH_TOKEN_REUSE_INTERVAL
  if (override === undefined || override === '') return settings
  const seconds = Number(override)
  if (!Number.isInteger(seconds) || seconds < 0)
    throw new Error('STACK_REFRESH_TOKEN_REUSE_INTERVAL is a whole number of seconds')
  return { ...settings, refreshTokenReuseInterval: seconds }
}
