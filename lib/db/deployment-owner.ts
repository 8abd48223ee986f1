import "server-only";
import { db } from "./client";

export async function readOwner(): Promise<string | null> {
  return (await db().deploymentOwner.findUnique({ where: { id: "owner" } }))?.bankSubject ?? null;
}

/** Claims the deployment for `bankSubject` unless someone already has; returns the owner either way. */
export async function claimOwner(bankSubject: string): Promise<string> {
  await db().$executeRawUnsafe(`INSERT INTO "DeploymentOwner" ("id", "bankSubject") VALUES ('owner', ?) ON CONFLICT ("id") DO NOTHING`, bankSubject);
  return (await readOwner())!;
}
