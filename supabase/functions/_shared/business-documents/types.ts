// What the documents are built from: pdf-lib and fontkit (passed in, so the layout has no import
// of its own that Deno and Node would resolve differently), the font bytes, and the plain facts.
import type * as PdfLibModule from 'npm:pdf-lib@1.17.1'

export interface PdfLib {
  PDFDocument: typeof PdfLibModule.PDFDocument
  rgb: typeof PdfLibModule.rgb
  fontkit: Parameters<PdfLibModule.PDFDocument['registerFontkit']>[0]
}

export interface DocumentFonts {
  regular: Uint8Array
  bold: Uint8Array
}

/** A party to the engagement as its legal details read. */
export interface Party {
  name: string
  taxCode: string
  address: string
  phone: string
  email: string
}

export interface Provider extends Party {
  bankName: string
  bankAccountNumber: string
  bankAccountName: string
}

export interface Milestone {
  title: string
  responsible: 'provider' | 'client'
  dueDate: string | null
  doneAt?: string | null
}

export interface Installment {
  label: string
  amountVnd: number
  dueBeforeStart: boolean
  dueDate: string | null
}

export interface QuoteFacts {
  number: string
  issuedAt: string
  validUntil: string
  provider: Provider
  client: Party
  engagement: { code: string; title: string }
  packageName: string
  warrantyMonths: number
  scope: string
  milestones: Milestone[]
  installments: Installment[]
  priceVnd: number
  vatRatePercent: number
  accountManager: string
  clientSignatory: string
}

export interface ReceiptFacts {
  number: string
  provider: Provider
  client: Party
  engagement: { code: string; title: string }
  label: string
  amountVnd: number
  transferReference: string
  submittedAt: string | null
  confirmedAt: string
  confirmedBy: string
}

/** What the provider handed over or trained (P5), and whether the client confirmed receipt. */
export interface HandoverItem {
  kind: string
  title: string
  doneAt: string | null
  receivedAt: string | null
}

/** A third-party asset of the delivery and its licence (P7). */
export interface LicenceAsset {
  name: string
  licence: string
  holder: 'client' | 'provider'
  expiresOn: string | null
}

export interface MinutesFacts {
  number: string
  provider: Provider
  client: Party
  engagement: { code: string; title: string }
  packageName: string
  deliverables: { name: string; uploadedAt: string }[]
  milestones: Milestone[]
  handoverItems: HandoverItem[]
  licences: LicenceAsset[]
  /** When the account manager marked the licence register complete. */
  licenceRegisterCompletedAt: string | null
  agreedPriceVnd: number
  paidVnd: number
  dueVnd: number
  warrantyStartsAt: string | null
  warrantyEndsAt: string | null
  warrantyMonths: number
  accountManager: string
  acceptance: {
    approverName: string
    decidedAt: string
    userAgent: string | null
    from: string | null
    note: string | null
  }
}
