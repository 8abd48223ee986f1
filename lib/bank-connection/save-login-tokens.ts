import "server-only";
import { upsertConnectionTokens } from "../db/bank-connections";
import type { BankTokens } from "../domain/types";
import { encryptTokens } from "./token-columns";

export async function saveLoginTokens(userId: string, tokens: BankTokens): Promise<void> {
  await upsertConnectionTokens(userId, (connectionId) => encryptTokens(connectionId, tokens));
}
