// Everything that builds a document, in one module graph: what bench:documents bundles and weighs.
export { buildMinutesPdf } from './minutes.ts'
export { buildQuotePdf } from './quote.ts'
export { buildReceiptPdf } from './receipt.ts'
export { PDFDocument, rgb } from 'npm:pdf-lib@1.17.1'
export { default as fontkit } from 'npm:@pdf-lib/fontkit@1.1.1'
