import { Placeholder } from './placeholder'

export default function ClientRoute() {
  return <Placeholder page="client" />
}
