import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, transactionFilterSchema } from "./transaction-filter";

describe("transactionFilterSchema", () => {
  it("accepts a full filter and converts kroner to øre", () => {
    const parsed = transactionFilterSchema.parse({ from: "2026-01-01", to: "2026-01-31", min: "10,50", max: "2000", status: "BOOKED", limit: "50" });
    expect(parsed).toMatchObject({ min: 1050, max: 200000, limit: 50 });
  });
  it.each([
    [{ from: "2026-02-30" }, "from"],
    [{ from: "2026-02-01", to: "2026-01-01" }, "from"],
    [{ limit: "501" }, "limit"],
    [{ limit: "0" }, "limit"],
    [{ min: "abc" }, "min"],
    [{ min: "10", max: "5" }, "min"],
    [{ status: "booked" }, "status"],
    [{ cursor: "../../etc" }, "cursor"],
    [{ sort: "x" }, ""],
  ])("rejects %j", (input, path) => {
    const result = transactionFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && path) expect(result.error.issues[0]!.path.join(".")).toBe(path);
  });
  it("defaults the page size to 100", () => {
    expect(transactionFilterSchema.parse({}).limit).toBe(100);
  });
});

describe("cursor", () => {
  it("round-trips", () => {
    const cursor = { bookingDate: "2026-03-30", id: "cmabc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
  it("refuses forged cursors", () => {
    expect(decodeCursor(Buffer.from("2026-13-01|x").toString("base64url"))).toBeUndefined();
    expect(decodeCursor(Buffer.from("2026-01-01|x|y").toString("base64url"))).toBeUndefined();
    expect(decodeCursor("garbage")).toBeUndefined();
  });
});
