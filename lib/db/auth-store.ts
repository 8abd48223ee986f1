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

export async function findSessionAndUser(sessionToken: string) {
  return db().session.findUnique({ where: { sessionToken }, include: { user: true } });
}

export async function updateSession(sessionToken: string, expires: Date | undefined) {
  return db().session.update({ where: { sessionToken }, data: expires ? { expires } : {} }).catch(() => null);
}

export async function deleteSession(sessionToken: string) {
  await db().session.deleteMany({ where: { sessionToken } });
}
