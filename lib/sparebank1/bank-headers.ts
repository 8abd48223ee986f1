// The banking APIs want their versioned media type; a plain application/json Accept can give 406.
const BANKING_ACCEPT = "application/vnd.sparebank1.v1+json; charset=utf-8";

/** The headers of every banking API call: the one place the bank's Accept header is written. */
export function bankApiHeaders(accessToken: string): HeadersInit {
  return { Authorization: `Bearer ${accessToken}`, Accept: BANKING_ACCEPT };
}
