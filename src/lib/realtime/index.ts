export { liveRefresh } from './live-refresh'
export { engagementChanges } from './engagement-changes'
export { PUBLISHED_TABLES, type PublishedTable } from './published-tables'
export {
  useLiveQueryInvalidation,
  type ChangeEvent,
  type LiveQueryInvalidation,
  type LiveStatus,
  type TableChanges,
} from './use-live-query-invalidation'
