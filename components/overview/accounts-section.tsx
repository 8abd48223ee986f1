import { AccountsTable } from "@/components/accounts-table";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import type { Locale } from "@/lib/i18n/messages";

export async function AccountsSection({ userId, locale }: { userId: string; locale: Locale }) {
  return <AccountsTable accounts={await accountsForUser(userId)} locale={locale} />;
}
