import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth, signIn } from "@/lib/auth/auth";
import { PROVIDER_ID } from "@/lib/auth/sparebank1-provider";
import { currentMessages } from "@/lib/i18n/locale";

export const metadata: Metadata = { title: "Logg inn" };

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

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await auth();
  if (session?.user) redirect("/");
  const { locale, t } = await currentMessages();
  const params = await searchParams;
  const error = typeof params.error === "string" ? params.error : undefined;
  const errorText = error ? (ERROR_TEXT[error] ?? ERROR_TEXT.Configuration)![locale] : undefined;
  return (
    <div className="login-page">
      <section className="card login-card stack" aria-labelledby="login-title">
        <h1 id="login-title">{t.appName}</h1>
        <p className="muted">{t.tagline}</p>
        {errorText && (
          <p className="notice error" role="alert">
            {errorText}
          </p>
        )}
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
