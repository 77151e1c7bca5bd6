export type BarSeries = { label: string; color: string; values: number[] }

type Props = {
  title: string
  categories: string[]
  series: BarSeries[]
  format: (value: number) => string
  /** What the categories are (e.g. "Step"), heading the table's first column. */
  categoryLabel: string
}

const ROW = 26
const LABEL_WIDTH = 150
const WIDTH = 560

/**
 * Horizontal bars, hand-drawn in SVG: no chart library to download. The drawing is hidden from
 * assistive technology; the same figures are in the table that follows it.
 */
export function BarChart({ title, categories, series, format, categoryLabel }: Props) {
  const max = Math.max(1, ...series.flatMap((s) => s.values))
  const groupHeight = ROW * series.length + 10
  const height = groupHeight * categories.length
  const barSpace = WIDTH - LABEL_WIDTH - 110
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-800">{title}</figcaption>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-1.5">
              <span className="inline-block size-3 rounded-sm" style={{ background: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-xl"
        aria-hidden="true"
        focusable="false"
      >
        {categories.map((category, row) => (
          <g key={category} transform={`translate(0 ${row * groupHeight})`}>
            <text x={0} y={groupHeight / 2} dominantBaseline="middle" className="fill-slate-700 text-[12px]">
              {category}
            </text>
            {series.map((s, index) => {
              const value = s.values[row] ?? 0
              const width = Math.max(value > 0 ? 2 : 0, (value / max) * barSpace)
              const y = 5 + index * ROW
              return (
                <g key={s.label}>
                  <rect x={LABEL_WIDTH} y={y} width={width} height={ROW - 6} rx={3} fill={s.color} />
                  <text
                    x={LABEL_WIDTH + width + 6}
                    y={y + (ROW - 6) / 2}
                    dominantBaseline="middle"
                    className="fill-slate-800 text-[12px]"
                  >
                    {format(value)}
                  </text>
                </g>
              )
            })}
          </g>
        ))}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, row) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((s) => (
                <td key={s.label}>{format(s.values[row] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
