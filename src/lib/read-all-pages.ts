type PageResult<T> = { data: T[] | null; count: number | null; error: unknown }

/** Rows asked for per request: PostgREST's max_rows ([api] max_rows of supabase/config.toml). */
export const MAX_ROWS = 1000

/**
 * Every row of a list that may be longer than one response (PostgREST cuts each at max_rows
 * without a word): one request per page, by offset, until the exact count is reached. `page`
 * must ask for `count: 'exact'` and a stable order.
 */
export async function readAllPages<T>(
  page: (from: number, to: number) => PromiseLike<PageResult<T>>,
): Promise<T[]> {
  const rows: T[] = []
  for (;;) {
    const { data, count, error } = await page(rows.length, rows.length + MAX_ROWS - 1)
    if (error) throw error
    rows.push(...(data ?? []))
    if (!data?.length || count === null || rows.length >= count) return rows
  }
}
