// npm run keys:rotate: moves every stored bank token to the newest key of SALDO_ENCRYPTION_KEY.
// Prints counts and connection ids only, never a token; exits 1 when a row could not be moved.
import { reencryptAllTokens } from "../lib/bank-connection/reencrypt-tokens";
import { appConfig } from "../lib/config/app-config";
import { loadEnvFiles } from "./load-env-files";

async function main(): Promise<number> {
  loadEnvFiles();
  const { keyring } = appConfig();
  const current = keyring.current.id;
  const report = await reencryptAllTokens();
  console.log(
    `Key ${current}: ${report.connections} bank connection(s), ${report.reencrypted} re-encrypted, ` +
      `${report.alreadyCurrent} already current, ${report.failed.length} failed.`,
  );
  for (const failure of report.failed) console.log(`  failed: connection ${failure.connectionId} (${failure.reason})`);
  if (report.failed.length) {
    console.log(
      "Failed rows were left as they were. encryption_key_missing: add the key they were written with back to " +
        "SALDO_ENCRYPTION_KEY (after the new key) and run this again. decrypt_failed: the row is damaged or the key " +
        "is wrong; that user logs in with BankID again. conflict: run this again.",
    );
    return 1;
  }
  const older = [...keyring.byId.keys()].filter((id) => id !== current);
  if (older.length) console.log(`Every token now uses ${current}; you may remove ${older.join(", ")} from SALDO_ENCRYPTION_KEY.`);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`Key rotation failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
