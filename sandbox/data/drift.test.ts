import { describe, expect, it } from "vitest";
import { generateLedger, osloDateOf, type Ledger, type SandboxTransaction } from ".";
import { daysBetween } from "./oslo-date";

const NOW = Date.UTC(2025, 10, 12, 10, 0);
const DAY = 86_400_000;
const ZERO = "00000000000";
const drifting = (epochMs: number) => ({ drift: true, epochMs });
const byKey = (ledger: Ledger) => new Map(ledger.transactions.map((row) => [row.stableKey, row]));
const isCard = (row: SandboxTransaction) => row.typeCode === "VARE";

describe("drift between sessions", () => {
  it("without options it is the stable ledger, and drift: false is the same", () => {
    const plain = generateLedger(1, "kari", NOW);
    expect(generateLedger(1, "kari", NOW, { drift: false, epochMs: NOW - 30 * DAY })).toEqual(plain);
    expect(plain.transactions.filter((row) => row.status === "BOOKED" && isCard(row)).every((row) => row.nonUniqueId === ZERO)).toBe(true);
    expect(plain.creditAccountsFailing).toBe(false);
  });

  it("gives ~8 % of booked rows a suffix once they are 3 days old, never before, keeping id, date and amount", () => {
    const plain = byKey(generateLedger(1, "kari", NOW));
    const drift = generateLedger(1, "kari", NOW, drifting(NOW));
    const today = osloDateOf(NOW);
    const changed = drift.transactions.filter((row) => plain.get(row.stableKey)?.description !== row.description);
    expect(changed.every((row) => row.status === "BOOKED" && daysBetween(row.osloDate, today) >= 3)).toBe(true);
    for (const row of changed) {
      const before = plain.get(row.stableKey);
      expect(row.description.startsWith(`${before?.description} `)).toBe(true);
      expect(row.description.slice(before?.description.length)).toMatch(/^ (OSLO|\d{2}\.\d{2})$/);
      expect([row.amountOre, row.osloDate]).toEqual([before?.amountOre, before?.osloDate]);
      if (!isCard(row)) expect(row.nonUniqueId).toBe(before?.nonUniqueId);
    }
    const share = changed.length / drift.transactions.filter((row) => row.status === "BOOKED").length;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.1);

    // The row as a client saw it at two days old, and a day later.
    for (const row of changed.slice(-6)) {
      const age = daysBetween(row.osloDate, today);
      const atTwo = byKey(generateLedger(1, "kari", NOW - (age - 2) * DAY, drifting(NOW))).get(row.stableKey);
      const atThree = byKey(generateLedger(1, "kari", NOW - (age - 3) * DAY, drifting(NOW))).get(row.stableKey);
      expect(atTwo?.status).toBe("BOOKED");
      expect(atTwo?.description).toBe(plain.get(row.stableKey)?.description);
      expect(atThree?.description).toBe(row.description);
      expect([atThree?.amountOre, atThree?.nonUniqueId]).toEqual([atTwo?.amountOre, atTwo?.nonUniqueId]);
    }
  });

  it("books pending card rows under new text and, for ~70 %, a new non-zero nonUniqueId; same amount", () => {
    const options = drifting(NOW);
    const now = generateLedger(1, "ola", NOW, options);
    const later = byKey(generateLedger(1, "ola", NOW + 3 * DAY, options));
    const pending = now.transactions.filter((row) => row.status === "PENDING");
    expect(pending.length).toBeGreaterThan(0);
    let newIds = 0;
    for (const row of pending) {
      expect(row.nonUniqueId).toBe(ZERO);
      const booked = later.get(row.stableKey);
      expect(booked?.status).toBe("BOOKED");
      expect(booked?.amountOre).toBe(row.amountOre);
      expect(booked?.description).not.toBe(row.description);
      expect(row.description).toMatch(/^(VISA VARE|MASTERCARD) \d{6} /);
      if (booked?.nonUniqueId !== ZERO) {
        newIds++;
        expect(booked?.nonUniqueId).toMatch(/^\d{11}$/);
      }
    }
    const bookedCards = now.transactions.filter((row) => row.status === "BOOKED" && isCard(row));
    const share = bookedCards.filter((row) => row.nonUniqueId !== ZERO).length / bookedCards.length;
    expect(share).toBeGreaterThan(0.62);
    expect(share).toBeLessThan(0.78);
    expect(newIds).toBeLessThanOrEqual(pending.length);
  });

  it("has genuine same-day twins: same account, day, amount and text, nonUniqueId all zeros, every year", () => {
    for (const person of ["kari", "ola"]) {
      const { transactions } = generateLedger(1, person, NOW, drifting(NOW - 10 * DAY));
      const groups = new Map<string, SandboxTransaction[]>();
      for (const row of transactions.filter((candidate) => candidate.status === "BOOKED" && isCard(candidate))) {
        const signature = `${row.accountKey}|${row.osloDate}|${row.amountOre}|${row.description}`;
        groups.set(signature, [...(groups.get(signature) ?? []), row]);
      }
      const twins = [...groups.values()].filter((group) => group.length > 1);
      for (const year of ["2022", "2023", "2024"]) expect(twins.filter((group) => group[0]?.osloDate.startsWith(year)).length).toBeGreaterThanOrEqual(8);
      expect(twins.every((group) => group.every((row) => row.nonUniqueId === ZERO))).toBe(true);
    }
  });

  it("withholds credit-card rows during days [epoch+5, epoch+9)", () => {
    const epochMs = NOW;
    const at = (days: number) => generateLedger(1, "kari", NOW + days * DAY, { drift: true, epochMs }).creditAccountsFailing;
    expect([at(0), at(4.9), at(5), at(8.9), at(9), at(30)]).toEqual([false, false, true, true, false, false]);
    expect(generateLedger(1, "kari", NOW + 6 * DAY).creditAccountsFailing).toBe(false);
  });

  it("lists a later account from epoch+3 days, with its full history, changing no other account", () => {
    for (const person of ["kari", "ola"]) {
      const epochMs = NOW - 3 * DAY;
      const hidden = generateLedger(1, person, NOW - 1, { drift: true, epochMs });
      const shown = generateLedger(1, person, NOW, { drift: true, epochMs });
      const baseline = generateLedger(1, person, NOW, { drift: true, epochMs: NOW });
      expect(hidden.accounts).toHaveLength(baseline.accounts.length);
      expect(shown.accounts).toHaveLength(baseline.accounts.length + 1);
      const later = shown.accounts.find((account) => !baseline.accounts.some((other) => other.key === account.key));
      expect(later?.kind).toBe("joint");
      expect(hidden.transactions.some((row) => row.accountKey === later?.key)).toBe(false);
      const rows = shown.transactions.filter((row) => row.accountKey === later?.key);
      expect(rows[0]?.osloDate.startsWith("2022-01")).toBe(true);
      expect(rows.length).toBeGreaterThan(40);
      const own = new Set(shown.accounts.map((account) => account.accountNumber));
      expect(rows.some((row) => row.remoteAccountNumber && own.has(row.remoteAccountNumber))).toBe(false);
      // Everything else is exactly what the bank showed without it.
      expect(shown.transactions.filter((row) => row.accountKey !== later?.key)).toEqual(baseline.transactions);
      expect(shown.accounts.filter((account) => account.key !== later?.key)).toEqual(baseline.accounts);
      const booked = rows.filter((row) => row.status === "BOOKED").reduce((sum, row) => sum + row.amountOre, 0);
      expect(later?.balanceOre).toBe((later?.openingBalanceOre ?? 0) + booked);
    }
  });

  it("still generates a multi-year ledger fast", () => {
    const started = performance.now();
    generateLedger(7, "ola", NOW, drifting(NOW - 20 * DAY));
    expect(performance.now() - started).toBeLessThan(900);
  });
});
