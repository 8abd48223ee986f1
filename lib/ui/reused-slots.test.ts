import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reusedSlots } from "./reused-slots";

describe("reusedSlots", () => {
  it("numbers a first list in order", () => {
    expect([...reusedSlots(new Map(), ["a", "b", "c"])]).toEqual([["a", 0], ["b", 1], ["c", 2]]);
  });

  it("gives new items the slots departed items left, lowest first, and keeps the slots of items that stay", () => {
    const first = reusedSlots(new Map(), ["a", "b", "c", "d"]);
    const second = reusedSlots(first, ["x", "c", "y", "a", "z"]);
    expect(second.get("c")).toBe(2);
    expect(second.get("a")).toBe(0);
    expect([second.get("x"), second.get("y"), second.get("z")]).toEqual([1, 3, 4]);
  });

  it("appends new slots when a page is added", () => {
    const first = reusedSlots(new Map(), ["a", "b"]);
    expect([...reusedSlots(first, ["a", "b", "c", "d"])]).toEqual([["a", 0], ["b", 1], ["c", 2], ["d", 3]]);
  });

  it("always gives each item one slot of its own, and keeps every item that stays in its slot", () => {
    const lists = fc.array(fc.uniqueArray(fc.constantFrom(..."abcdefghijklmnop".split("")), { maxLength: 12 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lists, (sequence) => {
        let previous = new Map<string, number>();
        for (const ids of sequence) {
          const slots = reusedSlots(previous, ids);
          expect([...slots.keys()]).toEqual(ids);
          expect(new Set(slots.values()).size).toBe(ids.length);
          for (const id of ids) if (previous.has(id)) expect(slots.get(id)).toBe(previous.get(id));
          // A new item reuses a departed item's slot before the list grows.
          const departed = [...previous].filter(([id]) => !ids.includes(id)).length;
          const arrived = ids.filter((id) => !previous.has(id)).length;
          const grown = [...slots.values()].filter((slot) => slot > Math.max(-1, ...previous.values())).length;
          expect(grown).toBe(Math.max(0, arrived - departed));
          previous = slots;
        }
      }),
    );
  });
});
