// Money columns are 64-bit integers (BigInt in Prisma); the app computes with JS numbers, which hold
// every whole øre amount exactly up to ±90 trillion kroner. Reads convert here, at the store's edge.

export type WithNumbers<T> = {
  [K in keyof T]: T[K] extends bigint ? number : T[K] extends bigint | null ? number | null : T[K];
};

export function withNumbers<T extends object>(row: T): WithNumbers<T> {
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === "bigint") out[key] = Number(value);
  }
  return out as WithNumbers<T>;
}
