import type { QueryKey } from '@tanstack/react-query'
import { FunctionsHttpError } from '@supabase/supabase-js'

import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { refusalOf } from './function-refusal'

/** The Edge Function that makes the business documents as PDFs (supabase/functions/business-document). */
export const BUSINESS_DOCUMENT_FUNCTION = 'business-document'

/** quote: báo giá; receipt: xác nhận thanh toán; acceptance_minutes: biên bản nghiệm thu. */
export type BusinessDocumentKind = 'quote' | 'receipt' | 'acceptance_minutes'

export interface BusinessDocument {
  bytes: Blob
  name: string
  /** SHA-256 of the bytes, as the function computed it (and sealed it, for a stored document). */
  sha256: string
  /** The stored shared document, for an accepted quote and acceptance minutes. */
  documentId: string | null
}

const fileNameOf = (disposition: string | null) => {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')?.[1]
  return encoded ? decodeURIComponent(encoded) : 'document.pdf'
}

/** Makes (or, once sealed, returns) a document; the caller must see its quote, payment or acceptance. */
export async function getBusinessDocument(kind: BusinessDocumentKind, id: string): Promise<BusinessDocument> {
  const { data, error, response } = await supabase.functions.invoke<Blob>(BUSINESS_DOCUMENT_FUNCTION, {
    body: { kind, id },
  })
  if (error instanceof FunctionsHttpError) throw await refusalOf(error)
  if (error) throw error
  if (!(data instanceof Blob) || !response) throw new Error('The document did not arrive as a PDF.')
  return {
    bytes: data,
    name: fileNameOf(response.headers.get('Content-Disposition')),
    sha256: response.headers.get('X-Document-Sha256') ?? '',
    documentId: response.headers.get('X-Document-Id'),
  }
}

/** Hands the PDF to the browser as a download under its own name. */
function saveFile(document: BusinessDocument) {
  const url = URL.createObjectURL(document.bytes)
  const link = Object.assign(window.document.createElement('a'), { href: url, download: document.name })
  window.document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Downloads a business document. Making an accepted quote or minutes stores it as a shared
 * document, so the given keys (the engagement's documents) are refreshed afterwards.
 */
export function useDownloadBusinessDocument(invalidates: readonly QueryKey[]) {
  return useInvalidatingMutation({
    mutationFn: async ({ kind, id }: { kind: BusinessDocumentKind; id: string }) => {
      const document = await getBusinessDocument(kind, id)
      saveFile(document)
      return document
    },
    invalidates: () => invalidates,
  })
}
