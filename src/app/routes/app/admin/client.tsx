import { useParams } from 'react-router'

import { ClientDetailPage } from '@/features/administration/components/client-detail-page'

export default function AdminClientRoute() {
  const { clientId = '' } = useParams()
  return <ClientDetailPage key={clientId} clientId={clientId} />
}
