// Auth.js answers 500 (InvalidCallbackUrl) when a callbackUrl, from the query, a form field or its
// cookie, is not a URL. Such a value can only come from a forged request: drop it, so Auth.js
// falls back to its default (our own origin) instead of failing.

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

function acceptable(value: string, origin: string): boolean {
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
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
      .filter((pair) => {
        const [name = "", ...rest] = pair.split("=");
        return !CALLBACK_COOKIES.includes(name) || acceptable(decodeURIComponent(rest.join("=")), url.origin);
      })
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
