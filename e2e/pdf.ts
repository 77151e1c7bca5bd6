import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const PDFJS_DIR = path.resolve('node_modules/pdfjs-dist/build')
/** A made-up origin, answered entirely by page.route: nothing leaves the machine. */
const VIEWER = 'http://pdf-viewer.test'

/** The text of every page of a PDF, as pdf.js extracts it (items joined by spaces). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await pdf.destroy()
  return pages.join('\n')
}

/** Renders the first page of a PDF with pdf.js in the browser and saves it as a PNG. */
export async function screenshotFirstPage(page: Page, bytes: Uint8Array, file: string): Promise<void> {
  await page.route(`${VIEWER}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1)
    if (name === 'viewer.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><body style="margin:0"><canvas></canvas></body>',
      })
    return route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(path.join(PDFJS_DIR, path.basename(name))),
    })
  })
  await page.goto(`${VIEWER}/viewer.html`)
  await page.evaluate(
    async ({ data, origin }) => {
      const pdfjs = await import(`${origin}/pdf.min.mjs`)
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.min.mjs`
      const pdf = await pdfjs.getDocument({ data: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) })
        .promise
      const first = await pdf.getPage(1)
      const viewport = first.getViewport({ scale: 1.5 })
      const canvas = document.querySelector('canvas')!
      canvas.width = viewport.width
      canvas.height = viewport.height
      await first.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise
    },
    { data: Buffer.from(bytes).toString('base64'), origin: VIEWER },
  )
  await page.locator('canvas').screenshot({ path: file })
}
