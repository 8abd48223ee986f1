import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ForgetOfflineData } from "@/components/pwa/forget-offline-data";
import { signIn } from "@/lib/auth/auth";
import { currentSession } from "@/lib/auth/current-session";
import { PROVIDER_ID } from "@/lib/auth/sparebank1-provider";
import { currentMessages } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.login };
}

const ERROR_TEXT: Record<string, { nb: string; en: string }> = {
  AccessDenied: { nb: "Banken avviste innloggingen.", en: "The bank refused the login." },
  OAuthCallbackError: { nb: "Banken avviste innloggingen.", en: "The bank refused the login." },
  NotOwner: {
    nb: "Denne Saldo-installasjonen tilhører en annen bankkunde. Du er ikke logget inn, og ingenting om deg er lagret.",
    en: "This Saldo deployment belongs to another bank customer. You are not logged in, and nothing about you was stored.",
  },
  Configuration: {
    nb: "Innloggingen kunne ikke fullføres (banken svarte ikke som forventet, eller kvoten av bankkall er brukt opp). Prøv igjen om litt.",
    en: "The login could not be completed (the bank did not answer as expected, or the bank-call budget is used up). Try again shortly.",
  },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="login-page">
      <section className="card login-card stack" aria-labelledby="login-title">
        <h1 id="login-title">{t.appName}</h1>
        <p className="muted">{t.tagline}</p>
        <Suspense fallback={null}>
          <LoginState searchParams={searchParams} locale={locale} />
        </Suspense>
        <form
          action={async () => {
            "use server";
            await signIn(PROVIDER_ID, { redirectTo: "/" });
          }}
        >
          <button type="submit" className="button">
            {t.login}
          </button>
        </form>
        <p className="muted" style={{ fontSize: "0.9rem" }}>
          {t.loginIntro}
        </p>
      </section>
    </div>
  );
}

/**
 * A logged-in visitor goes on to the overview, unless they came to renew the bank's consent
 * ("reconnect"); a failed login says why. With no one signed in, the device forgets its offline copies.
 */
async function LoginState({ searchParams, locale }: { searchParams: SearchParams; locale: Locale }) {
  const [session, params] = await Promise.all([currentSession(), searchParams]);
  if (session?.user && params.reconnect !== "1") redirect("/");
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <>
      {session?.user ? null : <ForgetOfflineData />}
      {error ? (
        <p className="notice error" role="alert">
          {(ERROR_TEXT[error] ?? ERROR_TEXT.Configuration)![locale]}
        </p>
      ) : null}
    </>
  );
}
