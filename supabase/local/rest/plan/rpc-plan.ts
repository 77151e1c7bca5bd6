import { PlanError } from './plan-error.ts'
import { qualifiedKey, type Routine, type SchemaCache } from './schema-types.ts'

const takesWholeBody = (routine: Routine) =>
  routine.params.length === 1 && routine.params[0]!.name === '' && ['json', 'jsonb'].includes(routine.params[0]!.type)

/** Picks the overload whose named parameters match the given argument names, as PostgREST does. */
export function chooseRoutine(cache: SchemaCache, schema: string, name: string, argNames: string[]): { routine: Routine; wholeBody: boolean } {
  const overloads = cache.routines.get(qualifiedKey(schema, name)) ?? []
  const matching = overloads.filter((routine) => {
    const names = routine.params.map((param) => param.name)
    return argNames.every((arg) => names.includes(arg)) && routine.params.every((param) => param.hasDefault || argNames.includes(param.name))
  })
  if (matching.length > 1) {
    matching.sort((a, b) => a.params.length - b.params.length)
    if (matching[0]!.params.length === matching[1]!.params.length) {
      throw new PlanError(300, 'PGRST203', `Could not choose the best candidate function between: ${matching.map(signature).join(', ')}`, null, 'Try renaming the parameters or the function itself in the database so function overloading can be resolved')
    }
  }
  if (matching[0]) return { routine: matching[0], wholeBody: false }
  const wholeBody = overloads.find(takesWholeBody)
  if (wholeBody) return { routine: wholeBody, wholeBody: true }
  const sorted = [...argNames].sort()
  const what = sorted.length ? `(${sorted.join(', ')})` : ' without parameters'
  const searched = sorted.length ? ` with parameters ${sorted.join(', ')} or with a single unnamed json/jsonb parameter` : ' without parameters'
  throw new PlanError(404, 'PGRST202', `Could not find the function ${schema}.${name}${what} in the schema cache`,
    `Searched for the function ${schema}.${name}${searched}, but no matches were found in the schema cache.`)
}

const signature = (routine: Routine) => `${routine.schema}.${routine.name}(${routine.params.map((param) => `${param.name} => ${param.type}`).join(', ')})`
