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

describe("toSaldoError and the store's own errors", () => {
  const prismaError = (code: string, message: string) => Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });

  it("makes a transaction that waited too long for another a busy store, and a refused duplicate a conflict", () => {
    expect(toSaldoError(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."), "fallback")).toMatchObject({ code: "store_busy", status: 503 });
    expect(toSaldoError(prismaError("P2002", "Unique constraint failed on the fields: (`userId`,`seriesKey`)"), "fallback")).toMatchObject({ code: "conflict", status: 409 });
  });

  it("keeps a transaction the code misused an internal error", () => {
    expect(toSaldoError(prismaError("P2028", "Transaction API error: Transaction not found."), "fallback")).toMatchObject({ code: "internal", status: 500 });
  });
});
