import { createClient } from 'npm:@supabase/supabase-js@2'

const supabaseUrl = () => Deno.env.get('SUPABASE_URL') ?? ''

/** A client acting as the caller (their JWT), so RLS and the workflow functions decide. */
export function callerClient(request: Request) {
  return createClient(supabaseUrl(), Deno.env.get('SUPABASE_ANON_KEY') ?? '', {
    global: { headers: { Authorization: request.headers.get('Authorization') ?? '' } },
    auth: { persistSession: false, autoRefreshToken: false },
  })
}

/** The service key: only for what the caller may not do directly (here, signing a document link). */
export function serviceClient() {
  return createClient(supabaseUrl(), Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? '', {
    auth: { persistSession: false, autoRefreshToken: false },
  })
}
