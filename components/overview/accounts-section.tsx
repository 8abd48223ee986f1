import { AccountCards } from "@/components/account-cards";
import { accountSparklines } from "@/lib/dashboard/account-sparklines";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import type { Locale } from "@/lib/i18n/messages";

export async function AccountsSection({ userId, locale }: { userId: string; locale: Locale }) {
  const accounts = await accountsForUser(userId);
  return <AccountCards accounts={accounts} locale={locale} histories={await accountSparklines(userId, accounts)} />;
}
