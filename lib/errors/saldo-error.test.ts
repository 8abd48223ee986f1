import { describe, expect, it } from "vitest";
import { SaldoError, toSaldoError } from "./saldo-error";

describe("toSaldoError", () => {
  it("keeps a SaldoError, makes a busy store a 503 to retry, and anything else internal", () => {
    const known = new SaldoError("conflict", "x");
    expect(toSaldoError(known, "fallback")).toBe(known);
    const busy = toSaldoError(new Error("query failed", { cause: Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }) }), "fallback");
    expect(busy).toMatchObject({ code: "store_busy", status: 503 });
    expect(busy.retryAt!.getTime()).toBeGreaterThan(Date.now());
    expect(toSaldoError(new TypeError("boom"), "fallback")).toMatchObject({ code: "internal", status: 500, message: "fallback" });
  });
});
