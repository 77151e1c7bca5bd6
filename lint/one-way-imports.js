// One-way imports, as in bulletproof-react: shared code -> features -> app.
// Shared code (src/components, src/lib, src/config, src/utils, src/locales...) imports only shared
// code; a feature imports shared code and itself, never another feature; src/app composes them.
// Layers are read from the path, so a new feature folder is covered without touching this file.
import path from 'node:path'

const SRC = `${path.sep}src${path.sep}`

/** @typedef {{ kind: 'app' } | { kind: 'feature' | 'shared', name: string }} Layer */
/** @typedef {{ source?: { value: unknown } | null }} ModuleReference an import, export or import() node */
/** @typedef {{ filename: string, report(problem: { node: unknown, message: string }): void }} RuleContext */

/** @param {string} file @returns {Layer | null} */
function layerOf(file) {
  const index = file.lastIndexOf(SRC)
  if (index === -1) return null
  const [top = '', name] = file.slice(index + SRC.length).split(path.sep)
  if (top === 'app' || top === 'main.tsx' || top === 'main.ts') return { kind: 'app' }
  if (top === 'features' && name) return { kind: 'feature', name }
  return { kind: 'shared', name: top }
}

/** @param {string} filename @param {string} source @returns {string | null} */
function targetOf(filename, source) {
  const srcRoot = filename.slice(0, filename.lastIndexOf(SRC) + SRC.length)
  if (source.startsWith('@/')) return path.join(srcRoot, source.slice(2))
  if (source.startsWith('.')) return path.resolve(path.dirname(filename), source)
  return null
}

/** @param {Layer} from @param {Layer} to @returns {string | null} */
function refusal(from, to) {
  if (from.kind === 'app') return null
  if (to.kind === 'app') return 'only src/app may import src/app'
  if (from.kind === 'shared' && to.kind === 'feature') {
    return `shared code (src/${from.name}) must not import features/${to.name}; compose it in src/app`
  }
  if (from.kind === 'feature' && to.kind === 'feature' && from.name !== to.name) {
    return `features/${from.name} must not import features/${to.name}; compose them in src/app or move the shared part to src/components or src/lib`
  }
  return null
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Imports go one way: shared -> features -> app' } },
  /** @param {RuleContext} context */
  create(context) {
    const from = layerOf(context.filename)
    if (!from) return {}
    /** @param {ModuleReference} node */
    const check = (node) => {
      const source = node.source
      if (!source || typeof source.value !== 'string') return
      const target = targetOf(context.filename, source.value)
      const to = target && layerOf(target)
      const reason = to && refusal(from, to)
      if (reason) context.report({ node: source, message: reason })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default { meta: { name: 'layers' }, rules: { 'one-way-imports': rule } }
