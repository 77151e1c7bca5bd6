/** Rows a dashboard list shows; the database counts the rest (a request returns at most 1,000 rows). */
export const DASHBOARD_LIST_ROWS = 50

/** The first rows of a figure's list and how many there are in all. */
export type LimitedList<T> = { rows: T[]; total: number }

export function limitedList<T>(rows: T[], count: number | null): LimitedList<T> {
  return { rows, total: count ?? rows.length }
}
