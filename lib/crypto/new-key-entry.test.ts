import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyring } from "./keyring";
import { newKeyEntry } from "./new-key-entry";

const fresh = randomBytes(32);
const older = randomBytes(32).toString("base64");
const oldest = randomBytes(32).toString("base64");
// 23:30 UTC on 31 January is already 1 February in Oslo.
const now = new Date("2025-01-31T23:30:00Z");

describe("newKeyEntry", () => {
  it("names the key after the Oslo day and starts a keyring when none is set", () => {
    const result = newKeyEntry(fresh, now);
    expect(result.id).toBe("k20250201");
    expect(result.entry).toBe(`k20250201:${fresh.toString("base64")}`);
    expect(result.nextValue).toBe(result.entry);
    expect(parseKeyring(result.nextValue).current.key.equals(fresh)).toBe(true);
  });

  it("puts the new key first and keeps every current key in order", () => {
    const result = newKeyEntry(fresh, now, ` k2:${older}, k1:${oldest} `);
    expect(result.nextValue).toBe(`${result.entry},k2:${older},k1:${oldest}`);
    const keyring = parseKeyring(result.nextValue);
    expect(keyring.current.id).toBe("k20250201");
    expect([...keyring.byId.keys()]).toEqual(["k20250201", "k2", "k1"]);
  });

  it("spells out a lone bare key as k1, which is the id its envelopes carry", () => {
    const result = newKeyEntry(fresh, now, older);
    expect(result.nextValue).toBe(`${result.entry},k1:${older}`);
    expect(parseKeyring(result.nextValue).byId.get("k1")?.key.toString("base64")).toBe(older);
  });

  it("picks a new id when the day's id is taken", () => {
    const first = newKeyEntry(randomBytes(32), now);
    const second = newKeyEntry(fresh, now, first.nextValue);
    expect(second.id).toBe("k20250201-2");
    expect(newKeyEntry(randomBytes(32), now, second.nextValue).id).toBe("k20250201-3");
  });

  it("refuses an invalid current value and a key of the wrong size", () => {
    expect(() => newKeyEntry(fresh, now, "not-a-key")).toThrowError(/32 random bytes/);
    expect(() => newKeyEntry(randomBytes(16), now)).toThrowError(/32 bytes/);
  });
});
