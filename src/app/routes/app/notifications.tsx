import { NotificationsPage } from '@/features/notifications/components/notifications-page'

/** `/notifications`: the signed-in person's inbox. */
export default function NotificationsRoute() {
  return <NotificationsPage />
}
