import "server-only";
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { appConfig } from "../config/app-config";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The deployment's VAPID keys: from the environment, or (local sandbox mode only, like the
 * encryption key) generated once into the data folder. Null when push is not set up.
 */
export function vapidKeys(): VapidKeys | null {
  const config = appConfig();
  const subject = config.vapid?.subject ?? (config.baseUrl.startsWith("https://") ? config.baseUrl : "mailto:saldo@localhost");
  if (config.vapid) return { publicKey: config.vapid.publicKey, privateKey: config.vapid.privateKey, subject };
  if (config.mode !== "sandbox" || config.production) return null;
  const file = path.join(config.dataDir, "vapid-keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys(), null, 2), { mode: 0o600 });
  }
  const keys = JSON.parse(fs.readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  return { ...keys, subject };
}
