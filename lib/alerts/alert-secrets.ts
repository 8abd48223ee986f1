import "server-only";
import { createHash } from "node:crypto";
import { appConfig } from "../config/app-config";
import { decryptSecret, encryptSecret } from "../crypto/aes-gcm";

// Webhook addresses and push subscriptions are capabilities: encrypted like the bank tokens, each
// bound to its owner and field.
export const encryptWebhookUrl = (userId: string, url: string) => encryptSecret(url, appConfig().keyring, `alerts:${userId}:webhook`);
export const decryptWebhookUrl = (userId: string, envelope: string) => decryptSecret(envelope, appConfig().keyring, `alerts:${userId}:webhook`);
export const encryptSubscription = (userId: string, json: string) => encryptSecret(json, appConfig().keyring, `alerts:${userId}:push`);
export const decryptSubscription = (userId: string, envelope: string) => decryptSecret(envelope, appConfig().keyring, `alerts:${userId}:push`);

/** Subscriptions are found again by a hash of their endpoint, never by the endpoint itself. */
export const endpointHash = (endpoint: string) => createHash("sha256").update(endpoint).digest("base64url");
