import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { DENO_CACHE_DIR, FUNCTIONS_DIR, REPO_ROOT } from '../../supabase/local/config.ts'
import { DENO_MISSING, findDenoBinary } from '../../supabase/local/functions/deno-binary.ts'

// Edge Functions are Deno code, outside tsc's projects: `deno check` holds them to strict TypeScript.
const deno = findDenoBinary()

test(
  'the Edge Functions, the fixtures and the runtime bootstrap type-check under Deno',
  { skip: deno ? false : DENO_MISSING },
  () => {
    if (!deno) return
    const entries = [
      ...readdirSync(FUNCTIONS_DIR)
        .filter((name) => !name.startsWith('_'))
        .map((name) => path.join(FUNCTIONS_DIR, name, 'index.ts')),
      ...readdirSync(path.join(REPO_ROOT, 'tests/fixtures/edge/functions')).map((name) =>
        path.join(REPO_ROOT, 'tests/fixtures/edge/functions', name, 'index.ts'),
      ),
      path.join(REPO_ROOT, 'supabase/local/functions/deno/serve-on-free-port.ts'),
    ]
    const checked = spawnSync(
      deno!,
      ['check', '--quiet', '--no-config', '--node-modules-dir=none', ...entries],
      {
        env: {
          ...process.env,
          DENO_DIR: DENO_CACHE_DIR,
          DENO_NO_PACKAGE_JSON: '1',
          NO_COLOR: '1',
        },
        encoding: 'utf8',
      },
    )
    assert.equal(checked.status, 0, checked.stderr)
  },
)
