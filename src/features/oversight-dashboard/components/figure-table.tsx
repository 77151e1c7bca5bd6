import { DataTable } from '@/components/ui/data-table'

type Props = { caption: string; empty: string; headers: string[]; rows: { key: string; cells: string[] }[] }

/** A plain data table for figures that are lists rather than charts. */
export function FigureTable({ caption, empty, headers, rows }: Props) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>
  return (
    <DataTable headers={headers} caption={caption}>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell, index) => (
            <td key={index} className="px-2 py-1.5">
              {cell}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  )
}
