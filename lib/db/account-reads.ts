import "server-only";
import { db } from "./client";
import { withNumbers } from "./money-numbers";

export async function accountForUser(userId: string, accountId: string) {
  const account = await db().account.findFirst({ where: { id: accountId, userId } });
  return account ? withNumbers(account) : null;
}
