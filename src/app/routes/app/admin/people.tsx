import { PeoplePage } from '@/features/administration/components/people-page'

export default function AdminPeoplePageRoute() {
  return <PeoplePage />
}
