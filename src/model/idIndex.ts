/** Positions by id, for the lists of a programme (topics, mentors, mentees). Internal. */

/** Each item's position in `items`, by its id (`idIndex([{ id: 'ana' }, { id: 'bo' }]).get('bo')` is 1). */
export function idIndex(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, k) => [item.id, k]));
}
