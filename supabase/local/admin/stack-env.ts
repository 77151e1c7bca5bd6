import path from 'node:path'
import { DEFAULT_DATA_DIR, DEFAULT_PORT } from '../config.ts'
import type { DatabaseOptions } from './database.ts'

/** What `npm run stack` and `npm run db:reset` read from the environment, so both mean the same database. */
export interface StackEnv extends DatabaseOptions {
  port: number
  exposedSchemas?: string[]
  extraFunctionsDirs?: string[]
  quiet: boolean
}

/** A comma-separated setting; empty means not set. */
const list = (value: string | undefined) => {
  const items =
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean) ?? []
  return items.length > 0 ? items : undefined
}

export function readStackEnv(env: NodeJS.ProcessEnv = process.env): StackEnv {
  return {
    port: Number(env.PORT ?? DEFAULT_PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.STACK_DATA_DIR ? path.resolve(env.STACK_DATA_DIR) : DEFAULT_DATA_DIR,
    extraSqlFiles: list(env.STACK_EXTRA_SQL)?.map((file) => path.resolve(file)),
    exposedSchemas: list(env.STACK_EXPOSED_SCHEMAS),
    extraFunctionsDirs: list(env.STACK_EXTRA_FUNCTIONS)?.map((dir) => path.resolve(dir)),
    quiet: Boolean(env.STACK_QUIET),
  }
}
