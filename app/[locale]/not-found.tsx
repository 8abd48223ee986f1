import { IntentLink as Link } from "@/components/intent-link";
import { currentMessages } from "@/lib/i18n/locale";

export default async function NotFound() {
  const { t } = await currentMessages();
  return (
    <section className="card stack">
      <h1>{t.notFound}</h1>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </section>
  );
}
