import { Placeholder } from './placeholder'

export default function BoardRoute() {
  return <Placeholder page="board" />
}
