import { ClientsPage } from '@/features/administration/components/clients-page'

export default function AdminClientsPageRoute() {
  return <ClientsPage />
}
