import "server-only";
import { deleteConnection, deleteSyncedData } from "../db/bank-connections";
import { logEvent } from "../http/log";

/**
 * "Disconnect": the bank documents no revocation endpoint, so this deletes our stored tokens (and,
 * when asked, every synced row). The user can also delete the client in the bank's portal.
 */
export async function disconnectBank(userId: string, options: { deleteData: boolean }): Promise<void> {
  await deleteConnection(userId);
  if (options.deleteData) await deleteSyncedData(userId);
  logEvent("bank.disconnected", { deletedData: options.deleteData });
}
