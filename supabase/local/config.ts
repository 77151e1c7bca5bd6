import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Settings of the embedded stack. Keys and secret are the Supabase CLI's published local-development defaults. */
export const JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long'
export const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'
export const SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU'

export const DEFAULT_PORT = 54321
/**
 * The stack's own folder. Resources are found from here, not from each module's URL: the stack runs
 * as one bundle (`scripts/lib/stack-bundle.mjs`) that sits in this folder.
 */
export const STACK_DIR = path.dirname(fileURLToPath(import.meta.url))
export const SUPABASE_DIR = path.resolve(STACK_DIR, '..')
export const MIGRATIONS_DIR = path.join(SUPABASE_DIR, 'migrations')
export const FUNCTIONS_DIR = path.join(SUPABASE_DIR, 'functions')
export const REPO_ROOT = path.dirname(SUPABASE_DIR)
/** Deno's module cache for the functions' npm packages (git-ignored, beside the other tools' caches). */
export const DENO_CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/deno')
export const SEED_FILE = path.join(SUPABASE_DIR, 'seed.sql')
/** Git-ignored home of the embedded database and of Storage's bytes. */
export const DEFAULT_DATA_DIR = path.join(SUPABASE_DIR, '.data')

/** A query running longer than this is stopped (PGlite: its worker is terminated and reopened). */
export const STATEMENT_TIMEOUT_MS = 8_000
/** Largest request body any endpoint accepts. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024
