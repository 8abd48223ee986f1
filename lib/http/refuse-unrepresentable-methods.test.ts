import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseUnrepresentableMethods } from "./refuse-unrepresentable-methods";

let server: http.Server;
let port: number;

beforeAll(async () => {
  refuseUnrepresentableMethods();
  refuseUnrepresentableMethods();
  // Stands in for Next.js, which cannot build a Request for TRACE and answers 500.
  server = http.createServer((request, response) => {
    try {
      new Request("http://localhost/", { method: request.method });
      response.end("handled");
    } catch {
      response.statusCode = 500;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path: "/" }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("refuseUnrepresentableMethods", () => {
  it("answers TRACE with 405 and a code before the app sees it", async () => {
    const answer = await send("TRACE");
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body).error.code).toBe("method_not_allowed");
  });

  it("passes every other method on", async () => {
    for (const method of ["GET", "POST", "DELETE", "PROPFIND"]) expect(await send(method)).toEqual({ status: 200, body: "handled" });
  });
});
