// @ts-check
// `npm run stack`: the local Supabase stack in the foreground, run from its bundle (built when stale).
import { pathToFileURL } from 'node:url'
import { ensureStackBundle } from './lib/stack-bundle.mjs'

await import(pathToFileURL(await ensureStackBundle()).href)
