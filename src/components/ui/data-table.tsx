import type { ReactNode } from 'react'

type Props = { headers: readonly string[]; caption?: string; children: ReactNode }

/** A table of records: one header row, the caller's rows, and sideways scrolling on a phone. */
export function DataTable({ headers, caption, children }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm text-slate-800">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="text-xs text-slate-600 uppercase">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-2 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  )
}
