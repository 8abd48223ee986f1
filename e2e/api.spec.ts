import { expect, test } from "@playwright/test";
import { CRON_SECRET, STORAGE_STATE } from "./support/paths";

test.describe("route handlers, logged in", () => {
  test.use({ storageState: STORAGE_STATE });

  test("/api/transactions validates every parameter and answers JSON errors", async ({ request }) => {
    for (const query of ["limit=abc", "limit=501", "from=2026-02-30", "from=2026-02-01&to=2026-01-01", "status=booked", "min=ten", "cursor=%2E%2E", "unknown=1", "limit=5&limit=6"]) {
      const response = await request.get(`/api/transactions?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error.code, query).toBe("bad_request");
      expect(body.error.message, query).toMatch(/parameter/);
    }
  });

  test("/api/transactions pages with a cursor, newest first, without repeats", async ({ request }) => {
    const first = await (await request.get("/api/transactions?limit=7")).json();
    expect(first.transactions).toHaveLength(7);
    const second = await (await request.get(`/api/transactions?limit=7&cursor=${first.nextCursor}`)).json();
    const ids = [...first.transactions, ...second.transactions].map((row: { id: string }) => row.id);
    expect(new Set(ids).size).toBe(14);
    const dates = [...first.transactions, ...second.transactions].map((row: { bookingDate: string }) => row.bookingDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("/api/transactions filters narrow the result", async ({ request }) => {
    const from = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const all = await (await request.get(`/api/transactions?limit=500&from=${from}`)).json();
    expect(all.nextCursor).toBeNull();
    expect(all.transactions.every((row: { bookingDate: string }) => row.bookingDate >= from)).toBe(true);
    const out = await (await request.get(`/api/transactions?limit=500&from=${from}&direction=out`)).json();
    const incoming = await (await request.get(`/api/transactions?limit=500&from=${from}&direction=in`)).json();
    expect(out.transactions.length).toBeGreaterThan(0);
    expect(incoming.transactions.length).toBeGreaterThan(0);
    expect(out.transactions.every((row: { amount: number }) => row.amount < 0)).toBe(true);
    expect(incoming.transactions.every((row: { amount: number }) => row.amount > 0)).toBe(true);
    expect(out.transactions.length + incoming.transactions.length).toBe(all.transactions.length);
    const pending = await (await request.get("/api/transactions?limit=500&status=PENDING")).json();
    expect(pending.transactions.every((row: { status: string }) => row.status === "PENDING")).toBe(true);
  });

  test("/api/sync reports status, refuses cross-site triggers, and Sync now really syncs", async ({ request, baseURL }) => {
    const before = (await (await request.get("/api/sync")).json()).status;
    expect(before.budget.limit).toBe(50);
    const crossSite = await request.post("/api/sync", { headers: { Origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const noOrigin = await request.post("/api/sync");
    expect(noOrigin.status()).toBe(403);
    // The login's backfill takes the sync lease window by window and stops (until its next trigger)
    // when a sync holds it between two windows: let it finish first; then a refusal is a failure.
    await expect.poll(async () => (await (await request.get("/api/sync")).json()).status.backfill.done, { timeout: 60_000 }).toBe(true);
    let response = await request.post("/api/sync", { headers: { Origin: baseURL! } });
    for (let attempt = 0; attempt < 30 && response.status() === 409 && (await response.json()).error.code === "conflict"; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      response = await request.post("/api/sync", { headers: { Origin: baseURL! } });
    }
    expect(response.status(), await response.text()).toBe(200);
    const { outcome, status } = await response.json();
    expect(outcome.bankCalls).toBeGreaterThan(0);
    expect(status.lastRun.trigger).toBe("manual");
    expect(Date.parse(status.lastRun.finishedAt)).toBeGreaterThanOrEqual(Date.parse(before.lastRun?.finishedAt ?? "1970-01-01"));
    expect(status.budget.used).toBeGreaterThan(before.budget.used);
  });
});

test.describe("route handlers, logged out", () => {
  test("refuse without a session, with JSON", async ({ request, baseURL }) => {
    for (const path of ["/api/accounts", "/api/transactions", "/api/sync"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
    expect((await request.post("/api/sync", { headers: { Origin: baseURL! } })).status()).toBe(401);
  });

  test("/api/cron/sync needs the cron secret", async ({ request }) => {
    expect((await request.get("/api/cron/sync")).status()).toBe(401);
    expect((await request.get("/api/cron/sync", { headers: { Authorization: "Bearer wrong" } })).status()).toBe(401);
    const response = await request.get("/api/cron/sync", { headers: { Authorization: `Bearer ${CRON_SECRET}` } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.results.length).toBeGreaterThan(0);
  });
});
