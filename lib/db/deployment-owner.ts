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

/** Records `bankSubject` as the owner, replacing an earlier claim (SALDO_OWNER names the owner). */
export async function recordOwner(bankSubject: string): Promise<void> {
  await db().$executeRawUnsafe(
    `INSERT INTO "DeploymentOwner" ("id", "bankSubject") VALUES ('owner', ?) ON CONFLICT ("id") DO UPDATE SET "bankSubject" = excluded."bankSubject" WHERE "bankSubject" <> excluded."bankSubject"`,
    bankSubject,
  );
}

/**
 * Ends every other bank customer's access at the owner's login: their sessions (already refused by
 * the session lookup) and their bank connection, whose tokens nothing may use any more, are deleted.
 * What was synced for them stays until the owner removes it (README). Returns how many were deleted.
 */
export async function endOtherCustomersAccess(ownerSubject: string): Promise<number> {
  const others = { user: { bankSubject: { not: ownerSubject } } };
  const [sessions, connections] = await db().$transaction([db().session.deleteMany({ where: others }), db().bankConnection.deleteMany({ where: others })]);
  return sessions.count + connections.count;
}
