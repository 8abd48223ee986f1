import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import {
  createSession,
  createUser,
  deleteSession,
  findSessionAndUser,
  findUser,
  findUserByLink,
  linkBankIdentity,
  updateSession,
  updateUserName,
} from "../db/auth-store";
import { pinnedOwner } from "./owner-gate";

type StoredUser = { id: string; name: string | null };

const toAdapterUser = (user: StoredUser): AdapterUser => ({ id: user.id, name: user.name, email: "", emailVerified: null });

/**
 * Auth.js database sessions on our own tables. `linkAccount` receives the bank's tokens in its
 * argument and drops them: tokens are stored only encrypted, by the signIn event.
 */
export const sessionAdapter: Adapter = {
  async createUser(user) {
    return toAdapterUser(await createUser({ id: user.id, name: user.name }));
  },
  async getUser(id) {
    const user = await findUser(id);
    return user ? toAdapterUser(user) : null;
  },
  async getUserByEmail() {
    return null;
  },
  async getUserByAccount({ provider, providerAccountId }) {
    const user = await findUserByLink(provider, providerAccountId);
    return user ? toAdapterUser(user) : null;
  },
  async updateUser(user) {
    return toAdapterUser(await updateUserName(user.id, user.name));
  },
  async linkAccount(account) {
    await linkBankIdentity(account.userId, account.provider, account.providerAccountId);
  },
  async createSession(session) {
    const created = await createSession(session);
    return { sessionToken: created.sessionToken, userId: created.userId, expires: created.expires };
  },
  async getSessionAndUser(sessionToken) {
    const found = await findSessionAndUser(sessionToken, pinnedOwner());
    if (!found) return null;
    const session: AdapterSession = { sessionToken: found.sessionToken, userId: found.userId, expires: found.expires };
    return { session, user: toAdapterUser(found.user) };
  },
  async updateSession(session) {
    const updated = await updateSession(session.sessionToken, session.expires);
    return updated ? { sessionToken: updated.sessionToken, userId: updated.userId, expires: updated.expires } : null;
  },
  async deleteSession(sessionToken) {
    await deleteSession(sessionToken);
  },
};
