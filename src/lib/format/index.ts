export { formatVnd, parseVnd } from './vnd'
export { APP_TIME_ZONE, formatDate, formatDateTime } from './date'
