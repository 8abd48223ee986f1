import { describe, expect, it } from "vitest";
import { formatDay, formatDateTime } from "./dates";
import { formatAccountNumber, formatMoney } from "./money";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("formats øre as Norwegian kroner", () => {
    expect(plain(formatMoney(1234567))).toBe("12 345,67 kr");
    expect(plain(formatMoney(-4990))).toBe("−49,90 kr");
    expect(plain(formatMoney(0))).toBe("0,00 kr");
  });
  it("formats other currencies and English", () => {
    expect(plain(formatMoney(150000, "EUR"))).toBe("1 500,00 €");
    expect(plain(formatMoney(1234567, "NOK", "en-GB"))).toBe("NOK 12,345.67");
  });
});

describe("formatAccountNumber", () => {
  it("groups 11 digits and leaves others alone", () => {
    expect(formatAccountNumber("12345678901")).toBe("1234 56 78901");
    expect(formatAccountNumber("K1234")).toBe("K1234");
  });
});

describe("dates", () => {
  it("shows Oslo time, not UTC", () => {
    expect(plain(formatDateTime(new Date("2026-01-15T23:30:00Z")))).toContain("16. jan. 2026");
  });
  it("shows a stored Oslo day as that day", () => {
    expect(formatDay("2026-03-30")).toBe("30. mars 2026");
  });
});

describe("formatMoney beyond NOK", () => {
  it("formats 64-bit amounts and other currencies exactly, and never throws on a malformed code", () => {
    expect(formatMoney(3_000_000_000)).toBe("30\u00a0000\u00a0000,00\u00a0kr");
    expect(formatMoney(-2_500_000_000, "IDR")).toContain("25\u00a0000\u00a0000,00");
    expect(formatMoney(-21_040, "EUR")).toBe("−210,40\u00a0€");
    expect(() => formatMoney(100, "kr!")).not.toThrow();
    expect(formatMoney(100, "kr!")).toBe("1,00 kr!");
  });
});
