import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Which translation keys the app uses nowhere. A key counts as used when a source file names it
 * whole ('payments.title') or through a template that can produce it (`sla.${status}`). A
 * feature's namespace is looked for in that feature and in src/app only, since features never
 * import each other.
 */
const SRC = 'src'
const PLURAL = /_(zero|one|two|few|many|other)$/

export type Namespace = { name: string; file: string; owner: string | null }

export function namespaces(): Namespace[] {
  const features = readdirSync(path.join(SRC, 'features')).map((feature) => ({
    name: feature,
    file: path.join(SRC, 'features', feature, 'locales', 'vi.ts'),
    owner: path.join(SRC, 'features', feature),
  }))
  return [
    { name: 'common', file: path.join(SRC, 'locales', 'vi.ts'), owner: null },
    { name: 'workflow', file: path.join(SRC, 'lib', 'workflow', 'locales', 'vi.ts'), owner: null },
    { name: 'profile', file: path.join(SRC, 'lib', 'profile', 'locales', 'vi.ts'), owner: null },
    ...features,
  ]
}

/** 'a.b.c' for every string leaf of a locale object. */
export function leafKeys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : leafKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  )
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.split(path.sep).includes('locales'),
    )
    .filter((file) => file !== path.join('lib', 'database.types.ts'))
    .map((file) => path.join(SRC, file))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `sla.${status}` -> /^sla\.[^.]+$/: the keys a template literal can name. */
function templatePatterns(source: string): RegExp[] {
  const templates = source.match(/`[^`]*\$\{[^`]*`/g) ?? []
  return templates
    .map((template) => template.slice(1, -1).split(/\$\{[^}]*\}/))
    .filter((parts) => /^[\w.-]*$/.test(parts.join('')) && parts.join('').includes('.'))
    .map((parts) => new RegExp(`^${parts.map(escape).join('[\\w-]+')}$`))
}

export function unusedKeys(namespace: Namespace, keys: string[]): string[] {
  const files = sourceFiles().filter((file) => {
    const feature = /^src\/features\/([^/]+)\//.exec(file)?.[1]
    return !namespace.owner || !feature || path.join(SRC, 'features', feature) === namespace.owner
  })
  const sources = files.map((file) => readFileSync(file, 'utf8'))
  const patterns = sources.flatMap(templatePatterns)
  return keys.filter((key) => {
    const bare = key.replace(PLURAL, '')
    const quoted = [`'${bare}'`, `"${bare}"`, `\`${bare}\``]
    if (sources.some((source) => quoted.some((text) => source.includes(text)))) return false
    return !patterns.some((pattern) => pattern.test(bare))
  })
}
