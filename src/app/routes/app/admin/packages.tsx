import { PackagesPage } from '@/features/administration/components/packages-page'

export default function AdminPackagesPageRoute() {
  return <PackagesPage />
}
