// A4 pages written top to bottom: headings, labelled lines, wrapped paragraphs, tables and
// signature blocks, in an embedded font that covers Vietnamese. The caller passes pdf-lib and
// fontkit in, so the same layout runs in the Edge Function (npm: imports) and in the benchmark.
import type { PdfLib, DocumentFonts } from './types.ts'

type PdfDocument = Awaited<ReturnType<PdfLib['PDFDocument']['create']>>
type PdfPage = ReturnType<PdfDocument['addPage']>
type PdfFont = Awaited<ReturnType<PdfDocument['embedFont']>>

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = 50
const WIDTH = PAGE.width - 2 * MARGIN

export interface Column {
  title: string
  /** Share of the table's width. */
  width: number
  align?: 'left' | 'right'
}

export class Sheet {
  private page!: PdfPage
  private y = 0

  private constructor(
    readonly pdf: PdfDocument,
    private readonly lib: PdfLib,
    private readonly regular: PdfFont,
    private readonly bold: PdfFont,
  ) {
    this.newPage()
  }

  /** A new document with both faces embedded as subsets (only the glyphs used are stored). */
  static async create(lib: PdfLib, fonts: DocumentFonts, title: string, createdAt: Date): Promise<Sheet> {
    const pdf = await lib.PDFDocument.create()
    pdf.registerFontkit(lib.fontkit)
    pdf.setTitle(title)
    pdf.setProducer('TAMS - SAGOS')
    pdf.setCreationDate(createdAt)
    pdf.setModificationDate(createdAt)
    const regular = await pdf.embedFont(fonts.regular, { subset: true })
    const bold = await pdf.embedFont(fonts.bold, { subset: true })
    return new Sheet(pdf, lib, regular, bold)
  }

  private newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.height - MARGIN
  }

  private room(height: number) {
    if (this.y - height < MARGIN) this.newPage()
  }

  /** Splits text into lines no wider than `width` at this size. */
  private wrap(text: string, font: PdfFont, size: number, width: number): string[] {
    const lines: string[] = []
    for (const paragraph of text.split('\n')) {
      let line = ''
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word
        if (line && font.widthOfTextAtSize(candidate, size) > width) {
          lines.push(line)
          line = word
        } else line = candidate
      }
      lines.push(line)
    }
    return lines
  }

  private draw(text: string, x: number, size: number, font: PdfFont) {
    this.page.drawText(text, { x, y: this.y, size, font, color: this.lib.rgb(0.1, 0.12, 0.16) })
  }

  /** Centred lines, e.g. the national motto and the document's title. */
  centered(text: string, size = 11, bold = false) {
    const font = bold ? this.bold : this.regular
    this.room(size + 6)
    this.y -= size
    this.draw(text, MARGIN + (WIDTH - font.widthOfTextAtSize(text, size)) / 2, size, font)
    this.y -= 6
  }

  gap(height = 8) {
    this.y -= height
  }

  heading(text: string) {
    this.gap(6)
    this.paragraph(text, { size: 11.5, bold: true })
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; indent?: number } = {}) {
    const size = options.size ?? 10
    const font = options.bold ? this.bold : this.regular
    const indent = options.indent ?? 0
    for (const line of this.wrap(text, font, size, WIDTH - indent)) {
      this.room(size + 4)
      this.y -= size
      this.draw(line, MARGIN + indent, size, font)
      this.y -= 4
    }
  }

  /** "Label: value" with the label in bold; the value wraps under itself. */
  field(label: string, value: string) {
    const size = 10
    const labelWidth = this.bold.widthOfTextAtSize(`${label}: `, size)
    const lines = this.wrap(value || '—', this.regular, size, WIDTH - labelWidth)
    lines.forEach((line, index) => {
      this.room(size + 4)
      this.y -= size
      if (index === 0) this.draw(`${label}: `, MARGIN, size, this.bold)
      this.draw(line, MARGIN + labelWidth, size, this.regular)
      this.y -= 4
    })
  }

  table(columns: Column[], rows: string[][]) {
    const size = 9.5
    const total = columns.reduce((sum, column) => sum + column.width, 0)
    const widths = columns.map((column) => (column.width / total) * WIDTH)
    const drawRow = (cells: string[], font: PdfFont) => {
      const wrapped = cells.map((cell, index) => this.wrap(cell, font, size, widths[index]! - 8))
      const height = Math.max(...wrapped.map((lines) => lines.length)) * (size + 3) + 6
      this.room(height)
      const top = this.y
      let x = MARGIN
      wrapped.forEach((lines, index) => {
        const column = columns[index]!
        lines.forEach((line, lineIndex) => {
          const lineWidth = font.widthOfTextAtSize(line, size)
          const lineX = column.align === 'right' ? x + widths[index]! - 4 - lineWidth : x + 4
          this.page.drawText(line, { x: lineX, y: top - 3 - size - lineIndex * (size + 3), size, font })
        })
        this.page.drawRectangle({
          x,
          y: top - height,
          width: widths[index]!,
          height,
          borderColor: this.lib.rgb(0.6, 0.63, 0.68),
          borderWidth: 0.5,
        })
        x += widths[index]!
      })
      this.y = top - height
    }
    drawRow(
      columns.map((column) => column.title),
      this.bold,
    )
    for (const row of rows) drawRow(row, this.regular)
    this.gap(6)
  }

  /** Two signature blocks side by side: who signs for each party. */
  signatures(left: [string, string], right: [string, string]) {
    this.room(110)
    this.gap(16)
    const half = WIDTH / 2
    const top = this.y
    for (const [index, [role, name]] of [left, right].entries()) {
      const centre = MARGIN + half * index + half / 2
      const lines: [string, PdfFont, number][] = [
        [role, this.bold, 0],
        ['(Ký, ghi rõ họ tên)', this.regular, 14],
        [name, this.bold, 80],
      ]
      for (const [text, font, offset] of lines) {
        const size = 10
        this.page.drawText(text, {
          x: centre - font.widthOfTextAtSize(text, size) / 2,
          y: top - size - offset,
          size,
          font,
        })
      }
    }
    this.y = top - 100
  }

  async save(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.pdf.save())
  }
}
