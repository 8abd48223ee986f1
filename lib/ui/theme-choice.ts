export const THEME_COOKIE = "saldo-theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The prerendered page shell cannot know the chosen theme, so this script (run while the <head> is
 * parsed, before the first paint) applies it from the cookie. It is static, so the CSP allows it by
 * its hash and no inline script needs 'unsafe-inline'.
 */
export const THEME_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)/);if(m)document.documentElement.dataset.theme=m[1]}catch(e){}})()`;
