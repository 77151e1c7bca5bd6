// @ts-check
// Plain JavaScript, type-checked through JSDoc: `npm run stack` runs it with node alone, so that
// starting the stack never waits for a TypeScript loader.
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const STACK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../supabase/local')
const ENTRY = path.join(STACK_DIR, 'main.ts')
/**
 * In the stack's folder, so resources found from `STACK_DIR` (worker, SQL, bootstrap) stay where
 * they are. Its chunks sit beside it: what `main.ts` imports lazily loads while the database opens.
 */
export const STACK_BUNDLE = path.join(STACK_DIR, '.stack.main.mjs')
const BUILT = /^\.stack\./
const SOURCE = /\.(ts|mjs|sql)$/

/** Newest modification time of the stack's sources (the bundle itself left out). */
async function newestSource() {
  const names = await readdir(STACK_DIR, { recursive: true })
  const times = await Promise.all(
    names
      .filter((name) => SOURCE.test(name) && !BUILT.test(path.basename(name)))
      .map(async (name) => (await stat(path.join(STACK_DIR, name))).mtimeMs),
  )
  return Math.max(0, ...times)
}

/**
 * The stack as one ES module, rebuilt only when a source is newer: starting it then skips
 * compiling some eighty TypeScript files on every start. Packages stay external (node_modules).
 * @returns {Promise<string>} the bundle's path
 */
export async function ensureStackBundle() {
  const built = await stat(STACK_BUNDLE).then(
    (info) => info.mtimeMs,
    () => 0,
  )
  if (built > (await newestSource())) return STACK_BUNDLE
  const { build } = await import('esbuild')
  const previous = (await readdir(STACK_DIR)).filter((name) => BUILT.test(name))
  await Promise.all(previous.map((name) => rm(path.join(STACK_DIR, name), { force: true })))
  await build({
    entryPoints: [ENTRY],
    outdir: STACK_DIR,
    entryNames: '.stack.[name]',
    chunkNames: '.stack.chunk-[hash]',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
  return STACK_BUNDLE
}
