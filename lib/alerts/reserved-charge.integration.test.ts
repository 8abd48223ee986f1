// A subscription's renewal the bank reserves under the card's own text, flagged as a subscription,
// is that subscription's charge: no "new subscription" alert reaches the owner for it (real store,
// rows written as a sync writes them).
import { beforeAll, describe, expect, it } from "vitest";
import type { BankTransactionData } from "../domain/types";
import { detectSeries } from "../recurring/detect-series";
import { useTempDatabase } from "../../test-support/temp-database";

let db: typeof import("../db/client").db;
let writeLedger: typeof import("../db/ledger-store").writeLedger;
let runAlerts: typeof import("./run-alerts").runAlerts;
let recurringRows: typeof import("../db/recurring-reads").recurringRows;

beforeAll(async () => {
  await useTempDatabase();
  ({ db } = await import("../db/client"));
  ({ writeLedger } = await import("../db/ledger-store"));
  ({ runAlerts } = await import("./run-alerts"));
  ({ recurringRows } = await import("../db/recurring-reads"));
});

const NOW = new Date("2026-11-30T10:00:00Z");
const netflix = (bookingDate: string): BankTransactionData => ({
  accountNumber: "1111.22.33333", status: "BOOKED", bookingDate, amount: -17_900, currencyCode: "NOK",
  rawDescription: `NETFLIX.COM ${bookingDate}`, description: "NETFLIX.COM", merchantName: "Netflix", recurring: false, subscription: true,
});
/** The renewal as the bank holds it: the card's text, no merchant, flagged as a subscription. */
const hold: BankTransactionData = {
  accountNumber: "1111.22.33333", status: "PENDING", bookingDate: "2026-11-29", amount: -17_900, currencyCode: "NOK",
  rawDescription: "VISA VARE 482913 NFLX DIGITAL", description: "VISA VARE 482913 NFLX DIGITAL", recurring: false, subscription: true,
};

async function ownerWith(rows: BankTransactionData[]): Promise<string> {
  const user = await db().user.create({ data: {} });
  const account = await db().account.create({
    data: { userId: user.id, bankKey: "k", accountNumber: "1111.22.33333", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 2_000_000n, availableBalance: 1_982_100n, syncedAt: NOW },
  });
  const runId = (await db().syncRun.create({ data: { userId: user.id, trigger: "manual", status: "running" } })).id;
  await writeLedger({
    userId: user.id,
    runId,
    now: NOW,
    accounts: [{ accountId: account.id, range: { from: "2026-01-01", to: "2026-12-31" }, plan: () => ({ updates: [], inserts: rows, deletes: [] }), adoptImported: (inserts) => ({ adopt: [], inserts }) }],
    run: { status: "success", warnings: [], bankCalls: 1, markSuccess: true },
  });
  return user.id;
}

const newSubscriptionAlerts = async (userId: string) =>
  (await db().alert.findMany({ where: { userId, kind: "new_subscription" }, select: { key: true } })).map((alert) => alert.key);

describe("a subscription's charge reserved under the card's text", () => {
  it("alerts no new subscription when it is an existing subscription's renewal", async () => {
    const userId = await ownerWith([...["2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03"].map(netflix), hold]);
    await runAlerts(userId, NOW);
    expect(await newSubscriptionAlerts(userId)).toEqual([]);
  });

  it("alerts neither a missed nor a new subscription while a renewal reserved in time is still pending past the due date", async () => {
    const userId = await ownerWith([...["2026-08-03", "2026-09-03", "2026-10-03"].map(netflix), { ...hold, bookingDate: "2026-11-02" }]);
    await runAlerts(userId, NOW);
    expect(await db().alert.findMany({ where: { userId, kind: { in: ["new_subscription", "recurring_missed"] } }, select: { key: true } })).toEqual([]);
  });

  it("alerts a new subscription when the subscription it would be the charge of is dismissed", async () => {
    const userId = await ownerWith([...["2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03"].map(netflix), hold]);
    const accountNumber = () => "1111.22.33333";
    const netflixSeries = detectSeries(await recurringRows(userId, accountNumber), "2026-11-30", { accountKey: accountNumber }).find((series) => series.name === "Netflix");
    await db().seriesChoice.create({ data: { userId, seriesKey: netflixSeries!.key, status: "DISMISSED" } });
    await runAlerts(userId, NOW);
    expect(await newSubscriptionAlerts(userId)).toHaveLength(1);
  });

  it("alerts a new subscription when no subscription's charge is due", async () => {
    const userId = await ownerWith([hold]);
    await runAlerts(userId, NOW);
    expect(await newSubscriptionAlerts(userId)).toHaveLength(1);
  });
});
