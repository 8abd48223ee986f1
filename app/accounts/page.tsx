import type { Metadata } from "next";
import { AccountsTable } from "@/components/accounts-table";
import { requireUserId } from "@/lib/auth/require-user";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { currentMessages } from "@/lib/i18n/locale";

export const metadata: Metadata = { title: "Kontoer" };

export default async function AccountsPage() {
  const userId = await requireUserId();
  const [{ locale, t }, accounts] = await Promise.all([currentMessages(), accountsForUser(userId)]);
  return (
    <div className="stack">
      <h1>{t.nav.accounts}</h1>
      <AccountsTable accounts={accounts} locale={locale} />
    </div>
  );
}
