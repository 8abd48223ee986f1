import { z } from "zod";
import { VAPID_PUBLIC_KEY } from "../config/env-schema";

/** What PushManager.subscribe() gives (toJSON), checked: an https endpoint (or this machine) and its keys. */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .max(2000)
    // One check that cannot throw: zod would run a refinement after a failed .url() check too.
    .refine((value) => {
      const url = URL.parse(value);
      return url !== null && (url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1"].includes(url.hostname)));
    }, "must be an https address"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/), auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}={0,2}$/) }),
});

export type PushSubscriptionJson = z.infer<typeof pushSubscriptionSchema>;

/** What Settings posts: the subscription and the server's public key it was made with (older pages send none). */
export const pushSubscriptionSaveSchema = pushSubscriptionSchema.extend({ serverKey: z.string().regex(VAPID_PUBLIC_KEY, "must be a VAPID public key (base64url, 65 bytes)").optional() });
