export { DELETE_DOCUMENT_FUNCTION, deleteDocument, useDeleteDocument } from './delete-document'
export { createDocumentLink, useDownloadDocument, type DocumentLink } from './download-document'
export { documentKeys } from './keys'
export {
  ALLOWED_DOCUMENT_TYPES,
  checkDocumentFile,
  DOCUMENT_ACCEPT,
  documentTypeOf,
  DOCUMENTS_BUCKET,
  formatFileSize,
  MAX_DOCUMENT_BYTES,
  type DocumentCheckCode,
} from './limits'
export {
  getAccessLog,
  getAccessLogQueryOptions,
  useAccessLog,
  type DocumentAccessEntry,
} from './get-access-log'
export {
  getDocuments,
  getDocumentsQueryOptions,
  useDocuments,
  type EngagementDocument,
} from './get-documents'
export {
  DocumentUploadError,
  uploadDocument,
  useUploadDocument,
  type DocumentVisibility,
  type UploadDocumentInput,
  type UploadFailureCode,
} from './upload-document'
export {
  BUSINESS_DOCUMENT_FUNCTION,
  getBusinessDocument,
  useDownloadBusinessDocument,
  type BusinessDocument,
  type BusinessDocumentKind,
} from './business-document'
