import { Placeholder } from './placeholder'

export default function WarrantyRoute() {
  return <Placeholder page="warranty" />
}
