/**
 * How far back a sync looks for the booking or release of a stored card hold. An older pending row is
 * left as it is, so whatever reads pending rows as money still on its way reads no further back.
 */
export const PENDING_LOOKBACK_DAYS = 45;
