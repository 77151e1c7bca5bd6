import { ambiguousRelationship, noRelationship } from '../errors.ts'
import { qualifiedKey, type ForeignKey, type Relation, type SchemaCache } from './schema-types.ts'

/** How a parent row reaches the rows of an embedded resource. */
export type Relationship =
  | {
      kind: 'to-one' | 'to-many'
      target: Relation
      parentColumns: string[]
      targetColumns: string[]
      foreignKey: ForeignKey
      cardinality: string
    }
  | {
      kind: 'many-to-many'
      target: Relation
      junction: Relation
      toParent: ForeignKey
      toTarget: ForeignKey
      cardinality: string
    }

const sameColumns = (a: string[], b: string[]) =>
  a.length === b.length && a.every((column) => b.includes(column))
const isUnique = (relation: Relation, columns: string[]) =>
  relation.uniqueKeys.some((key) => sameColumns(key, columns))
const ownedBy = (side: ForeignKey['from'], relation: Relation) =>
  side.schema === relation.schema && side.table === relation.name

/** Every relationship between parent and the named resource, narrowed by the hint, exactly one kept. */
export function findRelationship(
  cache: SchemaCache,
  parent: Relation,
  name: string,
  hint: string | null,
): Relationship {
  const candidates = candidatesFor(cache, parent, name).filter(
    (candidate) => hint === null || matchesHint(candidate, hint),
  )
  if (candidates.length === 1) return candidates[0]!
  if (candidates.length === 0) throw noRelationship(parent, name, hint)
  throw ambiguousRelationship(
    parent.name,
    name,
    candidates.map((candidate) => ({
      cardinality: candidate.cardinality,
      relationship: describe(candidate),
      hint: hintFor(candidate),
    })),
  )
}

/** Candidates found per schema cache, by parent and name: the search walks every foreign key. */
const knownCandidates = new WeakMap<SchemaCache, Map<string, Relationship[]>>()
/** Names come from requests: past this many per cache, new ones are searched each time. */
const KNOWN_CANDIDATES_LIMIT = 2_000

function candidatesFor(cache: SchemaCache, parent: Relation, name: string): Relationship[] {
  let known = knownCandidates.get(cache)
  if (!known) knownCandidates.set(cache, (known = new Map()))
  const key = `${qualifiedKey(parent.schema, parent.name)}\u0000${name}`
  let found = known.get(key)
  if (!found) {
    found = searchCandidates(cache, parent, name)
    if (known.size < KNOWN_CANDIDATES_LIMIT) known.set(key, found)
  }
  return found
}

function searchCandidates(cache: SchemaCache, parent: Relation, name: string): Relationship[] {
  const found: Relationship[] = []
  const relationOf = (side: ForeignKey['from']) => cache.relations.get(qualifiedKey(side.schema, side.table))
  for (const key of cache.foreignKeys) {
    const target = relationOf(key.to)
    if (
      ownedBy(key.from, parent) &&
      target &&
      (key.to.table === name ||
        key.name === name ||
        (key.from.columns.length === 1 && key.from.columns[0] === name))
    ) {
      found.push({
        kind: 'to-one',
        target,
        parentColumns: key.from.columns,
        targetColumns: key.to.columns,
        foreignKey: key,
        cardinality: isUnique(parent, key.from.columns) ? 'one-to-one' : 'many-to-one',
      })
    }
    const source = relationOf(key.from)
    if (
      ownedBy(key.to, parent) &&
      source &&
      (key.from.table === name || key.name === name) &&
      key.from.schema === parent.schema
    ) {
      const oneToOne = isUnique(source, key.from.columns)
      found.push({
        kind: oneToOne ? 'to-one' : 'to-many',
        target: source,
        parentColumns: key.to.columns,
        targetColumns: key.from.columns,
        foreignKey: key,
        cardinality: oneToOne ? 'one-to-one' : 'one-to-many',
      })
    }
  }
  for (const toParent of cache.foreignKeys) {
    if (!ownedBy(toParent.to, parent)) continue
    const junction = relationOf(toParent.from)
    if (!junction || junction.kind !== 'table') continue
    for (const toTarget of cache.foreignKeys) {
      const target = relationOf(toTarget.to)
      if (toTarget === toParent || !target || toTarget.to.table !== name || !ownedBy(toTarget.from, junction))
        continue
      const keyColumns = [...toParent.from.columns, ...toTarget.from.columns]
      if (keyColumns.every((column) => junction.primaryKey.includes(column))) {
        found.push({
          kind: 'many-to-many',
          target,
          junction,
          toParent,
          toTarget,
          cardinality: 'many-to-many',
        })
      }
    }
  }
  return found
}

function matchesHint(candidate: Relationship, hint: string): boolean {
  if (candidate.kind === 'many-to-many') {
    return [candidate.junction.name, candidate.toParent.name, candidate.toTarget.name].includes(hint)
  }
  const key = candidate.foreignKey
  return key.name === hint || [...key.from.columns, ...key.to.columns].includes(hint)
}

const hintFor = (candidate: Relationship) =>
  candidate.kind === 'many-to-many' ? candidate.junction.name : candidate.foreignKey.name

function describe(candidate: Relationship): string {
  if (candidate.kind === 'many-to-many')
    return `${candidate.junction.schema}.${candidate.junction.name} using ${candidate.toParent.name} and ${candidate.toTarget.name}`
  const key = candidate.foreignKey
  return `${key.name} using ${key.from.table}(${key.from.columns.join(', ')}) and ${key.to.table}(${key.to.columns.join(', ')})`
}
