import type { KeyboardCoordinateGetter } from '@dnd-kit/core'

/**
 * Left and right arrows jump a dragged card to the next column rather than a few pixels, so a
 * keyboard move takes one key press per step.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined
  event.preventDefault()
  const rect = context.collisionRect
  const centre = rect ? rect.left + rect.width / 2 : currentCoordinates.x
  const centres = [...context.droppableRects.values()]
    .map((column) => column.left + column.width / 2)
    .toSorted((a, b) => a - b)
  const target =
    event.code === 'ArrowRight'
      ? centres.find((x) => x > centre + 1)
      : centres.filter((x) => x < centre - 1).at(-1)
  if (target === undefined) return currentCoordinates
  return { x: currentCoordinates.x + (target - centre), y: currentCoordinates.y }
}
