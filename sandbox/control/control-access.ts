import { createHash, timingSafeEqual } from "node:crypto";
import type { BankContext } from "../context";

export const CONTROL_HEADER = "x-sandbox-control";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether this request may use the control API; hashing first keeps the comparison constant-time whatever the lengths. */
export function controlAllowed(ctx: BankContext, request: Request): boolean {
  if (!ctx.controlApi) return false;
  if (ctx.controlSecret === undefined) return true;
  const presented = request.headers.get(CONTROL_HEADER) ?? "";
  return timingSafeEqual(digest(presented), digest(ctx.controlSecret));
}
