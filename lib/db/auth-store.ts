import "server-only";
import { db } from "./client";

// Persistence for Auth.js's database sessions. Deliberately stores no OAuth tokens.

export async function createUser(data: { id: string; name?: string | null }) {
  return db().user.create({ data: { id: data.id, name: data.name ?? null } });
}

export async function findUser(id: string) {
  return db().user.findUnique({ where: { id } });
}

export async function findUserByLink(provider: string, providerAccountId: string) {
  const link = await db().authLink.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    include: { user: true },
  });
  return link?.user ?? null;
}

export async function updateUserName(id: string, name: string | null | undefined) {
  return db().user.update({ where: { id }, data: { name: name ?? null } });
}

/** Links the bank identity to the user: the stable subject becomes the user's bankSubject. */
export async function linkBankIdentity(userId: string, provider: string, providerAccountId: string) {
  await db().$transaction([
    db().authLink.create({ data: { userId, provider, providerAccountId } }),
    db().user.update({ where: { id: userId }, data: { bankSubject: providerAccountId } }),
  ]);
}

export async function createSession(data: { sessionToken: string; userId: string; expires: Date }) {
  return db().session.create({ data });
}

/**
 * Every request asks: one statement (Prisma's include would take two round trips). A session counts
 * only while its user is the deployment's owner: `pinnedOwner` (SALDO_OWNER) if set, else the
 * identity that claimed the deployment. So a SALDO_OWNER set after someone else claimed it ends that
 * person's sessions at their next request. With no owner known at all, every session counts.
 */
export async function findSessionAndUser(sessionToken: string, pinnedOwner: string | null) {
  const rows = await db().$queryRaw<{ sessionToken: string; userId: string; expires: Date | string | number; name: string | null }[]>`
    SELECT s."sessionToken", s."userId", s."expires", u."name" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${sessionToken}
      AND u."bankSubject" IS COALESCE(${pinnedOwner}, (SELECT o."bankSubject" FROM "DeploymentOwner" o WHERE o."id" = 'owner'), u."bankSubject")
    LIMIT 1`;
  const row = rows[0];
  return row ? { sessionToken: row.sessionToken, userId: row.userId, expires: new Date(row.expires), user: { id: row.userId, name: row.name } } : null;
}

export async function updateSession(sessionToken: string, expires: Date | undefined) {
  return db().session.update({ where: { sessionToken }, data: expires ? { expires } : {} }).catch(() => null);
}

export async function deleteSession(sessionToken: string) {
  await db().session.deleteMany({ where: { sessionToken } });
}
