import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createSandboxBank } from "./bank";
import type { SandboxOptions } from "./options";

export interface StartedSandboxServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(message: IncomingMessage, origin: string, signal: AbortSignal, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(message.url ?? "/", origin), { method: message.method ?? "GET", headers, signal, ...(body ? { body: new Uint8Array(body) } : {}) });
}

async function writeResponse(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  out.writeHead(response.status, headers);
  out.end(body);
}

export async function startSandboxServer(options: SandboxOptions & { port: number; host?: string }): Promise<StartedSandboxServer> {
  const { port, host = "localhost", ...bankOptions } = options;
  const bank = createSandboxBank(bankOptions);
  let origin = "";
  const server = createServer((message, out) => {
    const abort = new AbortController();
    out.on("close", () => {
      if (!out.writableFinished) abort.abort();
    });
    void (async () => {
      try {
        const hasBody = message.method !== "GET" && message.method !== "HEAD";
        const request = toRequest(message, origin, abort.signal, hasBody ? await readBody(message) : null);
        const response = await bank.handle(request);
        if (!abort.signal.aborted) await writeResponse(response, out);
      } catch (error) {
        console.error("[sandbox] request failed", error);
        if (!out.headersSent) out.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        out.end("Internal sandbox error");
      }
    })();
  });
  // Like a bank's load balancer, keep idle connections longer than a client keeps them.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  origin = `http://localhost:${actualPort}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
