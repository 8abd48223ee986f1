import { accountsForUser } from "@/lib/db/dashboard-reads";
import { apiRoute, json } from "@/lib/http/api-route";

export const GET = apiRoute(async ({ userId }) => {
  const accounts = await accountsForUser(userId);
  return json({
    accounts: accounts.map((account) => ({
      id: account.id,
      name: account.name,
      description: account.description,
      accountNumber: account.accountNumber,
      type: account.type,
      currencyCode: account.currencyCode,
      balance: account.balance,
      availableBalance: account.availableBalance,
      creditLimit: account.creditLimit,
      syncedAt: account.syncedAt.toISOString(),
    })),
  });
});
