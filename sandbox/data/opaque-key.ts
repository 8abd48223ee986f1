import { hashString } from "./prng";

/** 32 hex chars that look like a bank-side opaque key, stable for the label. */
export function opaqueKey(label: string): string {
  return [0, 1, 2, 3].map((salt) => hashString(`${salt}:${label}`).toString(16).padStart(8, "0")).join("");
}
