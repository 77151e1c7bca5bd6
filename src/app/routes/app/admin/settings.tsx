import { SettingsPage } from '@/features/administration/components/settings-page'

export default function AdminSettingsPageRoute() {
  return <SettingsPage />
}
