export const SYNCED_EVENT = "saldo:synced";
