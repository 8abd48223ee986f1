import "server-only";
import { db } from "./client";

export async function accountForUser(userId: string, accountId: string) {
  return db().account.findFirst({ where: { id: accountId, userId } });
}
