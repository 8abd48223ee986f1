// Next.js answers a malformed server-action request (bad Origin, content type, id or body) with a
// 500 and a stack trace in the log. This gate, run by proxy.ts, refuses such requests with a clear
// 4xx first; well-formed ones pass on to Next, which still does its own checks. Next also takes
// every multipart POST to a page (the not-found page included) as a possible no-JavaScript action
// and parses its body, so those are checked too.

export interface GateRefusal {
  status: 400 | 403 | 405;
  code: "bad_request" | "forbidden" | "method_not_allowed";
  message: string;
}

const ACTION_ID = /^[0-9a-f]{40,64}$/;
const MAX_FIELD = 64 * 1024;
// The encoded values Saldo's actions can receive: form data ($K), escaped text ($$) and plain values.
// Every other reference (promises, maps, blobs, functions, temporary references) waits for a part
// the request does not hold, and React then fails the action with a 500.
const ACCEPTED_REFERENCE = /^\$(\$|K[0-9a-f]+$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;

const refuse = (status: GateRefusal["status"], message: string): GateRefusal => ({
  status,
  code: status === 403 ? "forbidden" : status === 405 ? "method_not_allowed" : "bad_request",
  message,
});

function urlOf(value: string | null): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The host Next compares the Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host");
}

// Next aborts an action with a 500 when the Origin cannot be parsed or names another host than the
// request's; an action without an Origin is refused here too, unless it is a plain form post (Next
// runs those with a warning).
function checkOrigin(request: Request, allowedOrigins: readonly string[], required: boolean): GateRefusal | null {
  const header = request.headers.get("origin");
  if (header === null && !required) return null;
  const origin = urlOf(header);
  if (!origin || !allowedOrigins.includes(origin.origin) || origin.host !== requestHost(request)) {
    return refuse(403, "Cross-site server action refused.");
  }
  return null;
}

function acceptableArgument(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || ACCEPTED_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(acceptableArgument);
  if (value !== null && typeof value === "object") return Object.values(value).every(acceptableArgument);
  return true;
}

/** An encoded argument list: a JSON array of values Saldo's actions can take. */
function acceptableArguments(text: string): boolean {
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && acceptableArgument(args);
  } catch {
    return false;
  }
}

async function readForm(request: Request): Promise<FormData | GateRefusal> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return refuse(400, "The form data could not be read.");
  }
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || value.length > MAX_FIELD) return refuse(400, `Field "${name.slice(0, 40)}" is not acceptable.`);
  }
  return form;
}

/** A form post without Next-Action: only the fields of a no-JavaScript action call are looked at. */
async function checkFormPost(request: Request, allowedOrigins: readonly string[]): Promise<GateRefusal | null> {
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  const originRefusal = multipart ? checkOrigin(request, allowedOrigins, false) : null;
  if (originRefusal) return originRefusal;
  const form = await readForm(request);
  if (!(form instanceof FormData)) return form;
  let names = 0;
  for (const name of form.keys()) {
    if (!name.startsWith("$ACTION_")) continue;
    if (name.startsWith("$ACTION_ID_")) {
      if (!ACTION_ID.test(name.slice("$ACTION_ID_".length))) return refuse(400, "Unknown server action.");
      names += 1;
    } else if (/^\$ACTION_REF_\d+$/.test(name)) {
      names += 1;
    } else if (name !== "$ACTION_KEY" && !/^\$ACTION_\d+:\d+$/.test(name)) {
      return refuse(400, "The action's fields are malformed.");
    }
  }
  // A multipart post that names no action is one Next refuses anyway (400, without a code).
  return multipart && names === 0 ? refuse(400, "The form names no server action.") : null;
}

/** A Next-Action call: arguments as a JSON array (text/plain) or, with form data, in field "0". */
async function checkActionCall(request: Request, actionId: string, allowedOrigins: readonly string[]): Promise<GateRefusal | null> {
  if (request.method !== "POST") return refuse(405, "Server actions are called with POST.");
  const originRefusal = checkOrigin(request, allowedOrigins, true);
  if (originRefusal) return originRefusal;
  if (!ACTION_ID.test(actionId)) return refuse(400, "Unknown server action.");
  const type = request.headers.get("content-type") ?? "";
  if (/^text\/plain/i.test(type)) {
    const text = await request.clone().text().catch(() => "");
    return text.length <= MAX_FIELD && acceptableArguments(text) ? null : refuse(400, "The action's arguments are malformed.");
  }
  // Next's own test for form data is case-sensitive; anything else it would read as text.
  if (!/^multipart\/form-data;\s*boundary=/.test(type)) return refuse(400, "Server actions take form data or a JSON argument list.");
  const form = await readForm(request);
  if (!(form instanceof FormData)) return form;
  const args = form.get("0");
  return typeof args === "string" && acceptableArguments(args) ? null : refuse(400, "The action's arguments are malformed.");
}

export async function checkServerActionRequest(
  request: Request,
  allowedOrigins: readonly string[],
  target: { page: boolean } = { page: true },
): Promise<GateRefusal | null> {
  const actionId = request.headers.get("next-action");
  if (actionId !== null) return checkActionCall(request, actionId, allowedOrigins);
  const type = request.headers.get("content-type") ?? "";
  const formPost = request.method === "POST" && (type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded");
  return target.page && formPost ? checkFormPost(request, allowedOrigins) : null;
}
