import http from "node:http";

// The Fetch API cannot represent these methods (new Request() throws), so Next.js fails every such
// request with a 500 before proxy.ts or a route handler could answer it. The server refuses them
// before Next sees them. (Node itself answers TRACK with 400, and closes the socket of a CONNECT.)
const UNREPRESENTABLE = new Set(["TRACE"]);
const GUARD = Symbol.for("saldo.refuseUnrepresentableMethods");

type Emit = typeof http.Server.prototype.emit;

export function refuseUnrepresentableMethods(): void {
  const prototype = http.Server.prototype as http.Server & { [GUARD]?: true };
  if (prototype[GUARD]) return;
  const emit: Emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
    if (event === "request" && request && response && UNREPRESENTABLE.has(request.method ?? "")) {
      const body = JSON.stringify({ error: { code: "method_not_allowed", message: `${request.method} is not supported.` } });
      response.writeHead(405, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close", Allow: "GET, HEAD, POST" });
      response.end(body);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Emit;
  prototype[GUARD] = true;
}
