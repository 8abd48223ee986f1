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
