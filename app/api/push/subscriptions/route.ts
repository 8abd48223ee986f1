import { z } from "zod";
import { encryptSubscription, endpointHash } from "@/lib/alerts/alert-secrets";
import { pushSubscriptionSaveSchema } from "@/lib/alerts/push-subscription";
import { serverKeyToKeep } from "@/lib/alerts/subscription-server-key";
import { vapidKeys } from "@/lib/alerts/vapid-keys";
import { removePushSubscription, savePushSubscription } from "@/lib/db/alert-store";
import { SaldoError } from "@/lib/errors/saldo-error";
import { apiRoute, json } from "@/lib/http/api-route";

async function body<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = await request.text().catch(() => "");
  if (text.length > 8_000) throw new SaldoError("bad_request", "The subscription is too large.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SaldoError("bad_request", "The body must be JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SaldoError("bad_request", `Invalid subscription: ${parsed.error.issues[0]?.path.join(".") || "body"}.`);
  return parsed.data;
}

/** The browser's push subscription, stored encrypted; answered with nothing secret. */
export const POST = apiRoute(
  async ({ request, userId }) => {
    const keys = vapidKeys();
    if (!keys) throw new SaldoError("not_found", "Push notifications are not set up on this server.");
    const { serverKey, ...subscription } = await body(request, pushSubscriptionSaveSchema);
    const keep = serverKeyToKeep(serverKey, keys.publicKey);
    await savePushSubscription(userId, endpointHash(subscription.endpoint), encryptSubscription(userId, JSON.stringify(subscription)), keep);
    return json({ ok: true }, { status: 201 });
  },
  { mutates: true },
);

export const DELETE = apiRoute(
  async ({ request, userId }) => {
    const { endpoint } = await body(request, z.object({ endpoint: z.string().max(2000) }));
    await removePushSubscription(userId, endpointHash(endpoint));
    return json({ ok: true });
  },
  { mutates: true },
);
