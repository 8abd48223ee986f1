import "server-only";
import NextAuth from "next-auth";
import { after } from "next/server";
import { saveLoginTokens } from "../bank-connection/save-login-tokens";
import { appConfig } from "../config/app-config";
import { isSaldoError } from "../errors/saldo-error";
import { rawTokenResponse } from "../sparebank1/raw-types";
import { toBankTokens } from "../sparebank1/transform";
import { logEvent } from "../http/log";
import { runBackfill } from "../sync/run-backfill";
import { runSync } from "../sync/run-sync";
import { isOwner } from "./owner-gate";
import { SESSION_MAX_AGE_SECONDS } from "./session-max-age";
import { sessionAdapter } from "./session-adapter";
import { sparebank1Provider } from "./sparebank1-provider";

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = appConfig();
  return {
    secret: config.authSecret,
    trustHost: true,
    adapter: sessionAdapter,
    providers: [sparebank1Provider()],
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 3600 },
    pages: { signIn: "/login", error: "/login" },
    // Auth.js logs its errors with metadata that can include token responses: keep names only.
    logger: {
      error: (error) => {
        const cause = (error as { cause?: { err?: unknown } }).cause?.err ?? (error as { cause?: unknown }).cause;
        logEvent("auth.error", {
          // Auth.js errors carry a stable `type`; class names are minified in production builds.
          name: (error as { type?: string }).type ?? error.name,
          cause: cause instanceof Error ? (isSaldoError(cause) ? cause.code : ((cause as { type?: string }).type ?? cause.name)) : undefined,
        });
      },
      warn: (code) => logEvent("auth.warn", { code }),
      debug: () => undefined,
    },
    callbacks: {
      signIn: async ({ account }) => {
        if (!account?.providerAccountId) return false;
        return (await isOwner(account.providerAccountId)) ? true : "/login?error=NotOwner";
      },
      // Only what the UI needs: never the session token, never bank tokens.
      session: ({ session, user }) => ({ expires: session.expires, user: { id: user.id, name: user.name } }) as typeof session,
    },
    events: {
      async signIn({ user, account }) {
        if (!user.id || !account) return;
        const parsed = rawTokenResponse.safeParse(account);
        if (!parsed.success) {
          logEvent("auth.tokens_unreadable", { issue: parsed.error.issues[0]?.path.join(".") });
          return;
        }
        await saveLoginTokens(user.id, toBankTokens(parsed.data, Date.now()));
        const userId = user.id;
        try {
          await runSync(userId, "login");
        } catch (error) {
          logEvent("sync.login_failed", { code: (error as { code?: string }).code ?? "internal" });
        }
        after(() => runBackfill(userId).catch((error) => logEvent("sync.backfill_failed", { code: (error as { code?: string }).code ?? "internal" })));
      },
    },
  };
});
