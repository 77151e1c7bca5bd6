/**
 * The environment, checked once at start-up. Two values do not justify a schema library on the
 * first visit's download (zod is loaded by the pages with forms), so the checks are written here.
 */

/** The Supabase CLI's published local-development anon key; the embedded stack uses the same one. */
const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'

type RawEnv = { VITE_SUPABASE_URL?: string; VITE_SUPABASE_ANON_KEY?: string }

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

export function readEnv(raw: RawEnv) {
  const supabaseUrl = raw.VITE_SUPABASE_URL || 'http://127.0.0.1:54321'
  const supabaseAnonKey = raw.VITE_SUPABASE_ANON_KEY || LOCAL_ANON_KEY
  const problems = [
    isHttpUrl(supabaseUrl) ? null : `✖ VITE_SUPABASE_URL: not an http(s) URL: ${supabaseUrl}`,
    supabaseAnonKey.length >= 20 ? null : '✖ VITE_SUPABASE_ANON_KEY: shorter than 20 characters',
  ].filter((problem) => problem !== null)
  if (problems.length > 0) throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  return { supabaseUrl, supabaseAnonKey }
}

export const env = readEnv(import.meta.env as RawEnv)
