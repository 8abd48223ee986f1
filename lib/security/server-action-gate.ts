// Next.js answers a malformed server-action request (bad Origin, content type, id or body) with a
// 500 and a stack trace in the log. This gate, run by proxy.ts, refuses such requests with a clear
// 4xx first; well-formed ones pass on to Next, which still does its own checks. Next also takes
// every form POST to a page as a possible no-JavaScript action and parses its body, so those are
// checked too.

export interface GateRefusal {
  status: 400 | 403 | 405;
  code: "bad_request" | "forbidden" | "method_not_allowed";
  message: string;
}

const ACTION_ID = /^[0-9a-f]{40,64}$/;
const MAX_FIELD = 64 * 1024;

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

// The content types for which Next reads a page POST as a form action (its own, case-sensitive test).
function isFormPost(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return request.method === "POST" && (type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded");
}

async function checkFormFields(request: Request, options: { actionIdFields: boolean }): Promise<GateRefusal | null> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return { status: 400, code: "bad_request", message: "The form data could not be read." };
  }
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || value.length > MAX_FIELD) return { status: 400, code: "bad_request", message: `Field "${name.slice(0, 40)}" is not acceptable.` };
    if (options.actionIdFields && name.startsWith("$ACTION_ID_") && !ACTION_ID.test(name.slice("$ACTION_ID_".length))) {
      return { status: 400, code: "bad_request", message: "Unknown server action." };
    }
  }
  // Next reads the argument list from field "0" as JSON: it must be an array.
  const args = form.get("0");
  if (args !== null) {
    try {
      if (!Array.isArray(JSON.parse(String(args)))) throw new Error("not an array");
    } catch {
      return { status: 400, code: "bad_request", message: "The action's arguments are malformed." };
    }
  }
  return null;
}

export async function checkServerActionRequest(
  request: Request,
  allowedOrigins: readonly string[],
  target: { page: boolean } = { page: true },
): Promise<GateRefusal | null> {
  const actionId = request.headers.get("next-action");
  if (actionId === null) return target.page && isFormPost(request) ? checkFormFields(request, { actionIdFields: true }) : null;
  if (request.method !== "POST") return { status: 405, code: "method_not_allowed", message: "Server actions are called with POST." };
  const origin = originOf(request.headers.get("origin"));
  if (!origin || !allowedOrigins.includes(origin)) return { status: 403, code: "forbidden", message: "Cross-site server action refused." };
  if (!ACTION_ID.test(actionId)) return { status: 400, code: "bad_request", message: "Unknown server action." };
  const type = request.headers.get("content-type") ?? "";
  // Next sends an action's arguments as a JSON array (text/plain) or, with form data, as multipart.
  if (/^text\/plain/i.test(type)) {
    const text = await request.clone().text().catch(() => "");
    try {
      if (text.length <= MAX_FIELD && Array.isArray(JSON.parse(text))) return null;
    } catch {
      // fall through to the refusal
    }
    return { status: 400, code: "bad_request", message: "The action's arguments are malformed." };
  }
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    return { status: 400, code: "bad_request", message: "Server actions take form data or a JSON argument list." };
  }
  return checkFormFields(request, { actionIdFields: false });
}
