/**
 * Keys for a list whose items change all at once (a new filter's rows): an item still in the list
 * keeps its slot, and an item new to it takes a slot that a departed item left. React then updates a
 * departed item's elements in place for the new one instead of removing them and building new ones,
 * which paints a new list sooner, while an item that stays keeps its elements, its focus and its
 * state (an open correction form).
 */
export function reusedSlots(previous: ReadonlyMap<string, number>, ids: readonly string[]): Map<string, number> {
  const kept = new Set<number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot !== undefined) kept.add(slot);
  }
  const free = [...previous.values()].filter((slot) => !kept.has(slot)).sort((a, b) => a - b);
  let next = Math.max(-1, ...previous.values()) + 1;
  const slots = new Map<string, number>();
  for (const id of ids) slots.set(id, previous.get(id) ?? free.shift() ?? next++);
  return slots;
}
