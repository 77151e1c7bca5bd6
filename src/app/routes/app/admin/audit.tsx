import { AuditPage } from '@/features/administration/components/audit-page'

export default function AdminAuditPageRoute() {
  return <AuditPage />
}
