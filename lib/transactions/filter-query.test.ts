import { describe, expect, it } from "vitest";
import { filterToQuery, splitFilterParams } from "./filter-query";
import { transactionFilterSchema } from "./transaction-filter";

const validate = (values: Record<string, string>) => {
  const parsed = transactionFilterSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, filter: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false as const, key: String(issue.path[0] ?? ""), message: issue.message };
};

describe("filter query", () => {
  it("writes parameters in a stable order and skips empty ones", () => {
    expect(filterToQuery({ status: "BOOKED", q: "kiwi", min: " ", from: "2026-01-01" })).toBe("q=kiwi&from=2026-01-01&status=BOOKED");
  });

  it("keeps the valid parameters of a view and names the invalid ones", () => {
    const { values, errors } = splitFilterParams({ q: "rema", from: "2026-02-30", min: "abc", status: "PENDING", page: "3" }, validate);
    expect(values).toEqual({ q: "rema", status: "PENDING" });
    expect(errors.map((error) => error.key).sort()).toEqual(["from", "min"]);
  });
});
