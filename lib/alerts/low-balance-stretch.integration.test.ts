// A balance that stays under the limit for longer than the 60 days the rules read alerts once, not
// once a day as the days read move on (real store; alerts evaluated as after each day's sync).
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";

let db: typeof import("../db/client").db;
let runAlerts: typeof import("./run-alerts").runAlerts;
let saveAlertSettings: typeof import("../db/alert-store").saveAlertSettings;

beforeAll(async () => {
  await useTempDatabase();
  ({ db } = await import("../db/client"));
  ({ runAlerts } = await import("./run-alerts"));
  ({ saveAlertSettings } = await import("../db/alert-store"));
});

const DAY_MS = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

describe("a long stretch under the low-balance limit", () => {
  it("alerts once over the days it lasts", async () => {
    const user = await db().user.create({ data: {} });
    const account = await db().account.create({
      data: { userId: user.id, bankKey: "k", accountNumber: "1", name: "Sparekonto", type: "SAVINGS", currencyCode: "NOK", balance: 5_000n, availableBalance: 5_000n, syncedAt: new Date() },
    });
    const first = Date.parse("2026-08-01T10:00:00Z");
    // 120 days at 50 kr, under the default limit of 1 000 kr; the alerts run after each day's snapshot.
    for (let index = 0; index < 120; index += 1) {
      const now = new Date(first + index * DAY_MS);
      await db().balanceSnapshot.create({ data: { accountId: account.id, takenAt: now, date: day(now.getTime()), balance: 5_000n, availableBalance: 5_000n } });
      await runAlerts(user.id, now);
    }
    const alerts = await db().alert.findMany({ where: { userId: user.id, kind: "low_balance" }, select: { key: true } });
    expect(alerts.map((alert) => alert.key)).toEqual([`low_balance:${account.id}:2026-08-01`]);
  }, 60_000);

  it("alerts again for a new stretch that began while the alert was off, older than the days read", async () => {
    const user = await db().user.create({ data: {} });
    const account = await db().account.create({
      data: { userId: user.id, bankKey: "k2", accountNumber: "2", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 5_000n, availableBalance: 5_000n, syncedAt: new Date() },
    });
    const first = Date.parse("2026-08-01T10:00:00Z");
    const snapshot = (index: number, balance: bigint) => {
      const now = new Date(first + index * DAY_MS);
      return db().balanceSnapshot.create({ data: { accountId: account.id, takenAt: now, date: day(now.getTime()), balance, availableBalance: balance } });
    };
    // 10 days at 50 kr, alerted; then the alert is turned off while the balance is 2 000 kr for 5 days
    // and falls to 50 kr again on day 15 (2026-08-16), for more than the 60 days the rules read.
    for (let index = 0; index < 10; index += 1) {
      await snapshot(index, 5_000n);
      await runAlerts(user.id, new Date(first + index * DAY_MS));
    }
    await saveAlertSettings(user.id, JSON.stringify({ lowBalance: { enabled: false } }));
    for (let index = 10; index < 15; index += 1) await snapshot(index, 200_000n);
    for (let index = 15; index < 90; index += 1) await snapshot(index, 5_000n);
    await saveAlertSettings(user.id, JSON.stringify({ lowBalance: { enabled: true } }));
    await runAlerts(user.id, new Date(first + 89 * DAY_MS));
    // The new stretch's key holds on the following days.
    for (const index of [90, 91]) {
      await snapshot(index, 5_000n);
      await runAlerts(user.id, new Date(first + index * DAY_MS));
    }
    const alerts = await db().alert.findMany({ where: { userId: user.id, kind: "low_balance" }, select: { key: true }, orderBy: { key: "asc" } });
    expect(alerts.map((alert) => alert.key)).toEqual([`low_balance:${account.id}:2026-08-01`, `low_balance:${account.id}:2026-08-16`]);
  }, 60_000);
});
