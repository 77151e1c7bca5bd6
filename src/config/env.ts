import * as z from 'zod/mini'

/** The Supabase CLI's published local-development anon key; the embedded stack uses the same one. */
const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'

const envSchema = z.object({
  VITE_SUPABASE_URL: z._default(z.url(), 'http://127.0.0.1:54321'),
  VITE_SUPABASE_ANON_KEY: z._default(z.string().check(z.minLength(20)), LOCAL_ANON_KEY),
})

function readEnv() {
  const parsed = envSchema.safeParse(import.meta.env)
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  }
  return {
    supabaseUrl: parsed.data.VITE_SUPABASE_URL,
    supabaseAnonKey: parsed.data.VITE_SUPABASE_ANON_KEY,
  }
}

export const env = readEnv()
