// Auth.js answers 500 (InvalidCallbackUrl) when a callbackUrl, from the query, a form field or its
// cookie, is not a URL. Such a value can only come from a forged request: drop it, so Auth.js
// falls back to its default (our own origin) instead of failing. Cookies are read the way Auth.js
// reads them (names trimmed, values percent-decoded where they can be), so none slips past.

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

function acceptable(value: string, origin: string): boolean {
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function isForgedCallbackCookie(pair: string, origin: string): boolean {
  const split = pair.indexOf("=");
  if (split === -1 || !CALLBACK_COOKIES.includes(pair.slice(0, split).trim())) return false;
  let value = pair.slice(split + 1).trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
  const url = decoded(value);
  return url === null || !acceptable(url, origin);
}

export async function sanitizeAuthRequest(request: Request): Promise<Request> {
  const url = new URL(request.url);
  let changed = false;
  for (const value of url.searchParams.getAll("callbackUrl")) {
    if (!acceptable(value, url.origin)) {
      url.searchParams.delete("callbackUrl");
      changed = true;
    }
  }
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie");
  if (cookie) {
    const kept = cookie
      .split(/;\s*/)
      .filter((pair) => !isForgedCallbackCookie(pair, url.origin))
      .join("; ");
    if (kept !== cookie) {
      headers.set("cookie", kept);
      changed = true;
    }
  }
  let body: BodyInit | undefined;
  if (request.method === "POST" && (headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(await request.clone().text());
    const value = form.get("callbackUrl");
    if (value !== null && !acceptable(value, url.origin)) {
      form.delete("callbackUrl");
      changed = true;
    }
    body = form.toString();
  }
  if (!changed) return request;
  return new Request(url, {
    method: request.method,
    headers,
    body: request.method === "GET" || request.method === "HEAD" ? undefined : (body ?? (await request.clone().arrayBuffer())),
  });
}
