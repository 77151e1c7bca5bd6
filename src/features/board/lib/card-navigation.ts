/**
 * Roving between cards: on a card's link, drag handle or move button, the up and down arrows
 * (Home, End) go to the same control of the neighbouring card in the column, left and right to
 * the card at the same place in the neighbouring column. A deep card is then a few key presses
 * away instead of three Tab presses per card above it. Pure DOM reading, so it needs no state.
 */
const CONTROL = 'data-card-control'

const cardsOf = (scope: Element) => [...scope.querySelectorAll<HTMLElement>('[data-card]')]

export function cardNavigationTarget(target: EventTarget | null, key: string): HTMLElement | null {
  if (!(target instanceof HTMLElement) || !target.hasAttribute(CONTROL)) return null
  const kind = target.getAttribute(CONTROL)
  const card = target.closest('[data-card]')
  const column = target.closest('[data-column]')
  const board = column?.parentElement
  if (!card || !column || !board) return null
  const cards = cardsOf(column)
  const index = cards.indexOf(card as HTMLElement)
  let next: HTMLElement | undefined
  if (key === 'ArrowDown') next = cards[index + 1]
  else if (key === 'ArrowUp') next = cards[index - 1]
  else if (key === 'Home') next = cards[0]
  else if (key === 'End') next = cards.at(-1)
  else if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const columns = [...board.querySelectorAll<HTMLElement>('[data-column]')]
    const step = key === 'ArrowRight' ? 1 : -1
    // The nearest column that has cards, in the arrow's direction.
    for (let at = columns.indexOf(column as HTMLElement) + step; at >= 0 && at < columns.length; at += step) {
      const neighbours = cardsOf(columns[at]!)
      if (neighbours.length > 0) {
        next = neighbours[Math.min(index, neighbours.length - 1)]
        break
      }
    }
  }
  return next?.querySelector<HTMLElement>(`[${CONTROL}="${kind}"]`) ?? null
}
