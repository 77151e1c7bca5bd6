type Props = { caption: string; empty: string; headers: string[]; rows: { key: string; cells: string[] }[] }

/** A plain data table for figures that are lists rather than charts. */
export function FigureTable({ caption, empty, headers, rows }: Props) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm text-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-slate-600 uppercase">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-2 py-1.5">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index} className="px-2 py-1.5">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
