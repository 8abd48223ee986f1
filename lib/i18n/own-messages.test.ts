import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();

describe("own-data messages", () => {
  it("have the same keys and the same placeholders in nb and en", () => {
    const nb = MESSAGES.nb.own;
    const en = MESSAGES.en.own;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
  });
});
