import type { BankContext } from "../context";
import type { SandboxClient } from "../options";
import { safeEqual } from "../state/tokens";

export interface PresentedCredentials {
  clientId: string | null;
  clientSecret: string | null;
}

function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** HTTP Basic wins over form fields (RFC 6749 §2.3.1 form-encodes both parts before base64). */
export function presentedCredentials(request: Request, form: URLSearchParams): PresentedCredentials {
  const header = request.headers.get("authorization");
  if (header && /^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
    return { clientId: null, clientSecret: null };
  }
  return { clientId: form.get("client_id"), clientSecret: form.get("client_secret") };
}

export function authenticateClient(ctx: BankContext, credentials: PresentedCredentials): SandboxClient | null {
  const client = credentials.clientId ? ctx.clients.get(credentials.clientId) : undefined;
  if (!client || credentials.clientSecret === null) return null;
  return safeEqual(client.clientSecret, credentials.clientSecret) ? client : null;
}
