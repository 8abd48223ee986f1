// A gateway on loopback in front of the e2e server, like the proxy or host a deployment sits behind:
// it passes every request through until told to answer for the server with an error, or not at all.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Gateway {
  /** The gateway's own address: browse it, and the service worker registers there. */
  url: string;
  /** Answer every request with this status (`null`: pass requests through again). */
  failWith(status: number | null): void;
  /** Hold every request without answering, as a connection that is up but reaches nothing. */
  hang(): void;
  close(): Promise<void>;
}

export async function startGateway(upstream: string): Promise<Gateway> {
  const target = new URL(upstream);
  let mode: { kind: "pass" } | { kind: "fail"; status: number } | { kind: "hang" } = { kind: "pass" };
  const held = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    if (mode.kind === "hang") {
      held.add(response);
      response.on("close", () => held.delete(response));
      return;
    }
    if (mode.kind === "fail") {
      response.writeHead(mode.status, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><title>${mode.status}</title><h1>Gateway error ${mode.status}</h1>`);
      return;
    }
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    failWith(status) {
      mode = status === null ? { kind: "pass" } : { kind: "fail", status };
    },
    hang() {
      mode = { kind: "hang" };
    },
    async close() {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
