// POST { kind, id } with the caller's JWT -> the PDF: 'quote' (báo giá), 'receipt' (xác nhận
// thanh toán, once confirmed) or 'acceptance_minutes' (biên bản nghiệm thu). The caller must see
// the quote, payment or acceptance through RLS. An accepted quote and accepted minutes are made
// once, here, from the database's records: stored as a shared document and sealed with their
// SHA-256 (record_business_document, service key only); later calls return those same bytes.
import type { SupabaseClient } from 'npm:@supabase/supabase-js@2'
import { callerClient, serviceClient } from '../_shared/clients.ts'
import { DOCUMENTS_BUCKET } from '../_shared/documents.ts'
import { corsHeaders, json, readJsonObject, refusal, unavailable } from '../_shared/http.ts'
import { minutesFacts, quoteFacts, receiptFacts } from '../_shared/business-documents/facts.ts'
import { buildMinutesPdf } from '../_shared/business-documents/minutes.ts'
import { loadPdfKit } from '../_shared/business-documents/pdf-kit.ts'
import { buildQuotePdf } from '../_shared/business-documents/quote.ts'
import { buildReceiptPdf } from '../_shared/business-documents/receipt.ts'

const KINDS = ['quote', 'receipt', 'acceptance_minutes'] as const
type Kind = (typeof KINDS)[number]
const SUBJECT_TABLE = { quote: 'quotes', receipt: 'payments', acceptance_minutes: 'acceptances' } as const
const USAGE = "Send POST { kind: 'quote' | 'receipt' | 'acceptance_minutes', id }."

interface Made {
  bytes: Uint8Array<ArrayBuffer>
  name: string
  documentId?: string
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function pdfResponse(made: Made, sha256: string): Response {
  return new Response(made.bytes, {
    status: 200,
    headers: {
      ...corsHeaders,
      'Access-Control-Expose-Headers': 'Content-Disposition, X-Document-Id, X-Document-Sha256',
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(made.name)}`,
      'X-Document-Sha256': sha256,
      ...(made.documentId ? { 'X-Document-Id': made.documentId } : {}),
    },
  })
}

/** The stored bytes of a sealed document. */
async function storedDocument(service: SupabaseClient, documentId: string): Promise<Made> {
  const document = await service.from('documents').select('name, storage_path').eq('id', documentId).single()
  if (document.error) throw new Error(document.error.message)
  const file = await service.storage.from(DOCUMENTS_BUCKET).download(document.data.storage_path)
  if (file.error) throw new Error(file.error.message)
  return { bytes: new Uint8Array(await file.data.arrayBuffer()), name: document.data.name, documentId }
}

/**
 * Stores the bytes under a new document id, then seals them in the database. If another call sealed
 * first, this copy is removed and the sealed one is returned.
 */
async function storeAndSeal(
  service: SupabaseClient,
  kind: 'quote' | 'acceptance_minutes',
  subjectId: string,
  engagementId: string,
  made: Made,
  objectKey: string,
): Promise<Made> {
  const documentId = crypto.randomUUID()
  const path = `${engagementId}/${documentId}/${objectKey}`
  const uploaded = await service.storage
    .from(DOCUMENTS_BUCKET)
    .upload(path, made.bytes, { contentType: 'application/pdf', upsert: false })
  if (uploaded.error) throw new Error(uploaded.error.message)
  const sealed = await service.rpc('record_business_document', {
    kind,
    subject_id: subjectId,
    document_id: documentId,
    name: made.name,
    object_key: objectKey,
    size_bytes: made.bytes.length,
    sha256: await sha256Hex(made.bytes),
  })
  if (!sealed.error) return { ...made, documentId }
  await service.storage.from(DOCUMENTS_BUCKET).remove([path])
  if (sealed.error.message !== 'document_sealed') throw new Error(sealed.error.message)
  const row =
    kind === 'quote'
      ? await service.from('quotes').select('sealed:accepted_document_id').eq('id', subjectId).single()
      : await service.from('acceptances').select('sealed:minutes_document_id').eq('id', subjectId).single()
  return storedDocument(service, String(row.data?.sealed))
}

async function makeQuote(service: SupabaseClient, id: string): Promise<Made> {
  const { facts, quote } = await quoteFacts(service, id)
  if (quote.accepted_document_id) return storedDocument(service, String(quote.accepted_document_id))
  const { lib, fonts } = await loadPdfKit()
  const made = { bytes: await buildQuotePdf(lib, fonts, facts), name: `Báo giá ${facts.number}.pdf` }
  if (quote.status !== 'accepted') return made
  return storeAndSeal(service, 'quote', id, String(quote.engagement_id), made, `Bao gia ${facts.number}.pdf`)
}

async function makeMinutes(service: SupabaseClient, id: string): Promise<Made | null> {
  const acceptance = await service
    .from('acceptances')
    .select('decision, minutes_document_id')
    .eq('id', id)
    .single()
  if (acceptance.error) throw new Error(acceptance.error.message)
  if (acceptance.data.decision !== 'accepted') return null
  if (acceptance.data.minutes_document_id) return storedDocument(service, acceptance.data.minutes_document_id)
  const { facts, engagementId } = await minutesFacts(service, id)
  const { lib, fonts } = await loadPdfKit()
  const made = {
    bytes: await buildMinutesPdf(lib, fonts, facts),
    name: `Biên bản nghiệm thu ${facts.number}.pdf`,
  }
  return storeAndSeal(
    service,
    'acceptance_minutes',
    id,
    engagementId,
    made,
    `Bien ban nghiem thu ${facts.number}.pdf`,
  )
}

async function makeReceipt(service: SupabaseClient, id: string): Promise<Made | null> {
  const payment = await service.from('payments').select('status').eq('id', id).single()
  if (payment.error) throw new Error(payment.error.message)
  if (payment.data.status !== 'confirmed') return null
  const facts = await receiptFacts(service, id)
  const { lib, fonts } = await loadPdfKit()
  return { bytes: await buildReceiptPdf(lib, fonts, facts), name: `Xác nhận thanh toán ${facts.number}.pdf` }
}

Deno.serve(async (request) => {
  if (request.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders })
  if (request.method !== 'POST') return refusal(405, 'method_not_allowed', USAGE)
  const body = await readJsonObject(request)
  const kind = body?.kind as Kind
  const id = body?.id
  if (!KINDS.includes(kind) || typeof id !== 'string') return refusal(400, 'invalid_request', USAGE)

  // RLS decides whether the caller sees what the document is about.
  const visible = await callerClient(request)
    .from(SUBJECT_TABLE[kind])
    .select('id')
    .eq('id', id)
    .maybeSingle()
  if (visible.error && visible.status >= 500)
    return unavailable('database_unavailable', visible.error.message)
  if (!visible.data)
    return refusal(404, 'document_not_found', 'This document does not exist or is not visible to you.')

  const service = serviceClient()
  try {
    const made =
      kind === 'quote'
        ? await makeQuote(service, id)
        : kind === 'receipt'
          ? await makeReceipt(service, id)
          : await makeMinutes(service, id)
    if (!made) {
      return refusal(
        409,
        'document_not_ready',
        kind === 'receipt'
          ? 'A receipt is made once the payment is confirmed.'
          : 'Minutes are made for an accepted delivery only.',
      )
    }
    return pdfResponse(made, await sha256Hex(made.bytes))
  } catch (error) {
    return json(502, { code: 'document_failed', message: String(error), details: null, hint: null })
  }
})
