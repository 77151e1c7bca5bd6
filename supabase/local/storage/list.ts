import { json, type ApiRequest, type ApiResponse, type StackContext } from '../http/types.ts'
import { becomeCaller, requireCaller } from './caller.ts'
import { invalidRequest } from './errors.ts'
import { readJsonBody } from './json-body.ts'

const SORT_COLUMNS = new Set(['name', 'updated_at', 'created_at', 'last_accessed_at'])

interface ListOptions {
  folder: string
  limit: number
  offset: number
  search: string
  column: string
  descending: boolean
}

function readListOptions(body: Record<string, unknown>): ListOptions {
  const prefix = typeof body.prefix === 'string' ? body.prefix.replace(/^\/+|\/+$/g, '') : ''
  const sortBy = (typeof body.sortBy === 'object' && body.sortBy !== null ? body.sortBy : {}) as Record<
    string,
    unknown
  >
  const column = typeof sortBy.column === 'string' ? sortBy.column : 'name'
  if (!SORT_COLUMNS.has(column)) throw invalidRequest(`Cannot sort by ${column}`)
  return {
    folder: prefix === '' ? '' : `${prefix}/`,
    limit: wholeNumber(body.limit, 100, 1, 10_000),
    offset: wholeNumber(body.offset, 0, 0, Number.MAX_SAFE_INTEGER),
    search: typeof body.search === 'string' ? body.search : '',
    column,
    descending: String(sortBy.order).toLowerCase() === 'desc',
  }
}

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidRequest(`limit and offset must be whole numbers from ${min}`)
  }
  return value
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

/**
 * One level of the bucket under a folder, as storage.search() gives it: files with their row,
 * sub-folders once each with id null. Runs as the caller, so only visible objects count.
 */
export async function listObjects(
  request: ApiRequest,
  context: StackContext,
  bucket: string,
): Promise<ApiResponse> {
  const who = requireCaller(request)
  const options = readListOptions(await readJsonBody(request))
  const direction = options.descending ? 'desc' : 'asc'
  const entries = await context.engine.transaction(
    async (tx) => {
      await becomeCaller(tx, who, request)
      const { rows } = await tx.query(
        `with level as (
         select split_part(substr(name, char_length($3::text) + 1), '/', 1) as entry,
                strpos(substr(name, char_length($3::text) + 1), '/') > 0 as is_folder, o.*
         from storage.objects o
         where bucket_id = $1 and name like $2 escape '\\'
       )
       select entry as name,
              case when is_folder then null else (array_agg(id))[1] end as id,
              case when is_folder then null else max(updated_at) end as updated_at,
              case when is_folder then null else max(created_at) end as created_at,
              case when is_folder then null else max(last_accessed_at) end as last_accessed_at,
              case when is_folder then null else (array_agg(metadata))[1] end as metadata
       from level
       where entry ilike $4 escape '\\'
       group by entry, is_folder
       order by ${options.column} ${direction} nulls last, name ${direction}
       limit $5 offset $6`,
        [
          bucket,
          `${likeEscape(options.folder)}%`,
          options.folder,
          `${likeEscape(options.search)}%`,
          options.limit,
          options.offset,
        ],
      )
      return rows
    },
    { readOnly: true },
  )
  return json(200, entries)
}
