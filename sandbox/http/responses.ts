import { randomUUID } from "node:crypto";

export const VND_JSON = "application/vnd.sparebank1.v1+json; charset=utf-8";

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}

export function bankJson(body: unknown, status = 200, contentType = VND_JSON, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType, ...headers } });
}

export function errorEnvelope(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return bankJson({ errors: [{ code, message, traceId: randomUUID().replaceAll("-", ""), httpCode: status }] }, status, VND_JSON, headers);
}

export function oauthError(status: 400 | 401, error: string, description: string): Response {
  const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Basic realm="sandbox"' } : {};
  return jsonResponse({ error, error_description: description }, status, headers);
}

export function unauthorizedText(): Response {
  return new Response("Unauthorized", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
}
