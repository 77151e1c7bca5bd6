import { useState } from 'react'
import { z } from 'zod'

import { env } from '@/config/env'
import type { Enums, Tables } from '@/lib/database.types'
import { engagementKeys } from '@/lib/engagement-keys'
import { supabase } from '@/lib/supabase'
import { useInvalidatingMutation } from '@/lib/use-invalidating-mutation'

import { deleteDocument } from './delete-document'
import { checkDocumentFile, documentTypeOf, DOCUMENTS_BUCKET } from './limits'

export type DocumentVisibility = Enums<'document_visibility'>

export type UploadDocumentInput = {
  engagementId: string
  file: File
  visibility: DocumentVisibility
  isDeliverable?: boolean
}

/** Codes of an upload that failed after the database accepted it, or before anything was sent. */
export type UploadFailureCode =
  | 'file_too_large'
  | 'file_type_not_allowed'
  | 'invalid_file_name'
  | 'storage_refused'
  | 'upload_failed'
  | 'network'

/** `message` is the stable code, like the database's refusals, so one translator reads both. */
export class DocumentUploadError extends Error {
  readonly code: UploadFailureCode
  constructor(code: UploadFailureCode) {
    super(code)
    this.name = 'DocumentUploadError'
    this.code = code
  }
}

/** Step 1: the database checks who may upload what, logs it, and names the object path. */
async function registerUpload({
  engagementId,
  file,
  visibility,
  isDeliverable = false,
}: UploadDocumentInput) {
  const { data, error } = await supabase.rpc('register_document_upload', {
    engagement_id: engagementId,
    name: file.name.trim(),
    visibility,
    mime_type: documentTypeOf(file),
    size_bytes: file.size,
    is_deliverable: isDeliverable,
  })
  if (error) throw error
  return data
}

// storage-api answers every refusal with HTTP 400 and puts the refusal's own status and code in the body
const storageRefusalSchema = z.object({ statusCode: z.string(), code: z.string().optional() })

function storageCode(httpStatus: number, body: string): UploadFailureCode {
  const refusal = storageRefusalSchema.safeParse(safeJson(body))
  const status = refusal.success ? Number(refusal.data.statusCode) : httpStatus
  const code = refusal.success ? refusal.data.code : undefined
  if (status === 413 || code === 'EntityTooLarge') return 'file_too_large'
  if (status === 415 || code === 'InvalidMimeType') return 'file_type_not_allowed'
  if (code === 'InvalidKey') return 'invalid_file_name'
  if (status === 401 || status === 403) return 'storage_refused'
  return 'upload_failed'
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Step 2: the bytes, by XMLHttpRequest because fetch (and so supabase-js) reports no upload progress. */
async function sendBytes(path: string, file: File, onProgress: (fraction: number) => void): Promise<void> {
  const { data } = await supabase.auth.getSession()
  const token = data.session?.access_token
  if (!token) throw new DocumentUploadError('storage_refused')
  const encodedPath = path.split('/').map(encodeURIComponent).join('/')
  const url = `${env.supabaseUrl}/storage/v1/object/${DOCUMENTS_BUCKET}/${encodedPath}`
  await new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', url)
    request.setRequestHeader('Authorization', `Bearer ${token}`)
    request.setRequestHeader('apikey', env.supabaseAnonKey)
    request.setRequestHeader('Content-Type', documentTypeOf(file))
    request.setRequestHeader('x-upsert', 'false')
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    })
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) resolve()
      else reject(new DocumentUploadError(storageCode(request.status, request.responseText)))
    })
    request.addEventListener('error', () => reject(new DocumentUploadError('network')))
    request.send(file)
  })
  onProgress(1)
}

/** Registers the document, then sends its bytes; if the bytes fail, the registration is withdrawn (and anything stored erased). */
export async function uploadDocument(
  input: UploadDocumentInput,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Tables<'documents'>> {
  const problem = checkDocumentFile(input.file)
  if (problem) throw new DocumentUploadError(problem)
  const document = await registerUpload(input)
  try {
    await sendBytes(document.storage_path, input.file, onProgress)
  } catch (error) {
    await deleteDocument(document.id).catch(() => undefined)
    throw error
  }
  return document
}

/** Upload with its progress (0..1, null when idle); refreshes the engagement's documents and log. */
export function useUploadDocument() {
  const [progress, setProgress] = useState<number | null>(null)
  const mutation = useInvalidatingMutation({
    mutationFn: async (input: UploadDocumentInput) => {
      setProgress(0)
      try {
        return await uploadDocument(input, setProgress)
      } finally {
        setProgress(null)
      }
    },
    invalidates: (input) => [engagementKeys.detail(input.engagementId)],
    refreshOnError: () => true,
  })
  return { ...mutation, progress }
}
