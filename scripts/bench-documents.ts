/**
 * `npm run bench:documents`: the p50 time to build each business document (quote, receipt,
 * acceptance minutes) under Deno, as the Edge Function business-document builds them, and the gzip
 * size of the code that builds them (the layout and builders with pdf-lib and fontkit, bundled)
 * next to the fonts they embed. `BENCH_RUNS` sets the runs per document (default 20).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

import { DENO_CACHE_DIR, REPO_ROOT } from '../supabase/local/config.ts'
import { DENO_MISSING, findDenoBinary } from '../supabase/local/functions/deno-binary.ts'

const deno = findDenoBinary()
if (!deno) throw new Error(DENO_MISSING)
const timed = spawnSync(
  deno,
  ['run', '--allow-all', '--no-config', '--node-modules-dir=none', 'scripts/deno/bench-documents.ts'],
  {
    cwd: REPO_ROOT,
    env: { ...process.env, DENO_DIR: DENO_CACHE_DIR, DENO_NO_PACKAGE_JSON: '1', NO_COLOR: '1' },
    stdio: 'inherit',
  },
)
if (timed.status !== 0) process.exit(timed.status ?? 1)

/** `npm:name@version/path` as Deno imports it -> the same package from node_modules. */
const npmSpecifiers: Plugin = {
  name: 'npm-specifiers',
  setup(builder) {
    builder.onResolve({ filter: /^npm:/ }, async (args) => {
      const match = /^npm:((?:@[^/]+\/)?[^@/]+)(?:@[^/]+)?(\/.*)?$/.exec(args.path)
      if (!match) return null
      const resolved = await builder.resolve(`${match[1]}${match[2] ?? ''}`, {
        kind: args.kind,
        resolveDir: REPO_ROOT,
      })
      return { path: resolved.path }
    })
  },
}

const bundle = await build({
  entryPoints: ['supabase/functions/_shared/business-documents/bundle-entry.ts'],
  absWorkingDir: REPO_ROOT,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  plugins: [npmSpecifiers],
  external: ['node:*'],
  logLevel: 'silent',
})
const code = bundle.outputFiles[0]!.contents
const fontDir = path.join(REPO_ROOT, 'node_modules/@expo-google-fonts/be-vietnam-pro')
const fonts = ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((file) =>
  readFileSync(path.join(fontDir, file)),
)
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1))
console.table([
  {
    part: 'document builders + pdf-lib + fontkit (minified)',
    kb: kb(code.length),
    gzip_kb: kb(gzipSync(code).length),
  },
  {
    part: 'Be Vietnam Pro regular + bold (TTF, subset into each PDF)',
    kb: kb(fonts.reduce((sum, font) => sum + font.length, 0)),
    gzip_kb: kb(fonts.reduce((sum, font) => sum + gzipSync(font).length, 0)),
  },
])
