/**
 * The bucket `engagement-documents` limits (migration 0700): checked before anything is sent, so a
 * person learns at once; the database and Storage check again and have the last word.
 */
export const DOCUMENTS_BUCKET = 'engagement-documents'
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const ALLOWED_DOCUMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
  'application/zip',
] as const

/** Browsers leave `type` empty for some files; the extension then tells the type. */
const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
  zip: 'application/zip',
}

/** `accept` attribute for file inputs. */
export const DOCUMENT_ACCEPT = [
  ...ALLOWED_DOCUMENT_TYPES,
  ...Object.keys(TYPE_BY_EXTENSION).map((ext) => `.${ext}`),
].join(',')

export function documentTypeOf(file: Pick<File, 'name' | 'type'>): string {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? ''
  if (declared === 'application/x-zip-compressed') return 'application/zip'
  if (declared) return declared
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return TYPE_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

/** The same codes the database raises, so one translation serves both. */
export type DocumentCheckCode = 'file_too_large' | 'file_type_not_allowed' | 'invalid_file_name'

export function checkDocumentFile(file: Pick<File, 'name' | 'type' | 'size'>): DocumentCheckCode | null {
  const name = file.name.trim()
  if (name.length === 0 || name.length > 200 || /[/\\\p{Cc}]/u.test(name) || name === '.' || name === '..') {
    return 'invalid_file_name'
  }
  if (!(ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(documentTypeOf(file)))
    return 'file_type_not_allowed'
  if (file.size > MAX_DOCUMENT_BYTES) return 'file_too_large'
  return null
}

/** `1536` -> `1,5 KB` (vi) / `1.5 KB` (en). */
export function formatFileSize(bytes: number, locale = 'vi-VN'): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 ? 0 : 1
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`
}
