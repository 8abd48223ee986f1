// A loopback server that resets the first connection of each request pair, the way a server closes a
// kept-alive socket just as the client reuses it: a read is sent once more; a token exchange is not.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { db } from "../db/client";
import { guardedFetch } from "./guarded-fetch";

// A short time limit, so an answer whose body comes after it is seen to fail.
process.env.SB1_TIMEOUT_MS = "1500";

let server: Server;
let origin = "";
let requests = 0;
let resetNext = true;

beforeAll(async () => {
  await useTempDatabase();
  server = createServer((request, response) => {
    requests += 1;
    if (resetNext) {
      resetNext = false;
      request.socket.resetAndDestroy();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  await db().upstreamCall.deleteMany();
  requests = 0;
  resetNext = true;
});

describe("guardedFetch", () => {
  it("sends a read once more when the connection is reset, and counts both calls", async () => {
    const response = await guardedFetch("GET /test", `${origin}/accounts`, { method: "GET" });
    expect(await response.json()).toEqual({ ok: true });
    expect(requests).toBe(2);
    const calls = await db().upstreamCall.findMany({ orderBy: { at: "asc" } });
    expect(calls.map((call) => call.status)).toEqual([null, 200]);
  });

  it("never sends a token exchange twice: the reset is the caller's to see", async () => {
    await expect(guardedFetch("POST /token", `${origin}/token`, { method: "POST", body: "grant_type=refresh_token" })).rejects.toMatchObject({ code: "bank_unavailable" });
    expect(requests).toBe(1);
    expect(await db().upstreamCall.count()).toBe(1);
  });

  it("gives up after the second reset", async () => {
    server.removeAllListeners("request");
    server.on("request", (request) => {
      requests += 1;
      request.socket.resetAndDestroy();
    });
    await expect(guardedFetch("GET /test", `${origin}/accounts`, { method: "GET" })).rejects.toMatchObject({ code: "bank_unavailable" });
    expect(requests).toBe(2);
  });

  it("holds the call to its time limit until the whole answer is read, and returns it read", async () => {
    server.removeAllListeners("request");
    server.on("request", (request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      if (request.url !== "/slow-body") return void response.end('{"ok":true}');
      // The headers come at once, the rest of the answer after the time limit.
      response.write('{"access_token":');
      setTimeout(() => response.end('"t"}'), 2_500);
    });
    await expect(guardedFetch("GET /slow", `${origin}/slow-body`, { method: "GET" })).rejects.toMatchObject({ code: "bank_timeout" });
    const calls = await db().upstreamCall.findMany({ where: { endpoint: "GET /slow" } });
    expect(calls.map((call) => call.status)).toEqual([null]);
    // A whole answer comes back readable, however long recording the call took.
    const answer = await guardedFetch("GET /test", `${origin}/accounts`, { method: "GET" });
    expect(answer.bodyUsed).toBe(false);
    expect(await answer.json()).toEqual({ ok: true });
  });

  it("returns an answer the bank gave though the call cannot be recorded (the store refuses the write)", async () => {
    server.removeAllListeners("request");
    server.on("request", (_request, response) => response.writeHead(200, { "content-type": "application/json" }).end('{"access_token":"rotated"}'));
    await db().$executeRawUnsafe(`CREATE TRIGGER "refuse_call_record" BEFORE UPDATE ON "UpstreamCall" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    try {
      const answer = await guardedFetch("POST /token", `${origin}/token`, { method: "POST", body: "grant_type=refresh_token" });
      expect(await answer.json()).toEqual({ access_token: "rotated" });
      // Reserved and never completed: it still counts against the hour's budget.
      expect(await db().upstreamCall.count({ where: { endpoint: "POST /token", status: null } })).toBe(1);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER "refuse_call_record"`);
    }
  });
});
