import { describe, expect, it } from "vitest";
import { isSaldoError } from "../errors/saldo-error";
import { madeWithReplacedKeys, serverKeyToKeep } from "./subscription-server-key";

const current = "B".repeat(87);
const replaced = "C".repeat(87);

describe("serverKeyToKeep", () => {
  it("keeps the key a subscription was made with when it is the server's key now", () => {
    expect(serverKeyToKeep(current, current)).toBe(current);
  });

  it("refuses a subscription made with replaced keys, with a conflict the page can show", () => {
    let refusal: unknown;
    try {
      serverKeyToKeep(replaced, current);
    } catch (error) {
      refusal = error;
    }
    expect(isSaldoError(refusal, "conflict")).toBe(true);
    expect((refusal as Error).message).toMatch(/Reload the page, then turn push notifications on again/);
  });

  it("keeps no key for a page that did not say which it used", () => {
    expect(serverKeyToKeep(undefined, current)).toBeNull();
  });
});

describe("madeWithReplacedKeys", () => {
  it("is true only when both keys are known and differ", () => {
    expect(madeWithReplacedKeys(replaced, current)).toBe(true);
    expect(madeWithReplacedKeys(current, current)).toBe(false);
    expect(madeWithReplacedKeys(null, current)).toBe(false);
    expect(madeWithReplacedKeys(replaced, null)).toBe(false);
  });
});
