/** How long a session lives after its last use (Auth.js renews it at most once a day). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;
