import { PageSkeleton } from "@/components/skeletons";
import { currentMessages } from "@/lib/i18n/locale";

export default async function Loading() {
  const { t } = await currentMessages();
  return <PageSkeleton label={t.loading} />;
}
