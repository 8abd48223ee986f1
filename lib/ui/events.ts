/** New data may be on the server (a sync ran, or the server answers again): client-side lists fetch theirs again. */
export const FRESH_DATA_EVENT = "saldo:fresh-data";
