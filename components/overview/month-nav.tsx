import { ChevronLeft, ChevronRight } from "lucide-react";
import { IntentLink as Link } from "@/components/intent-link";
import type { ReactNode } from "react";
import { formatMonthLong } from "@/lib/format/chart-format";

interface Props {
  month: string;
  /** The months that can be chosen, newest first. */
  months: string[];
  includeTransfers: boolean;
  locale: string;
  text: { previous: string; next: string };
  /** The month select, between the two steps. */
  children: ReactNode;
}

/** Previous and next month around the month select; a step past either end is shown but disabled. */
export function MonthNav({ month, months, includeTransfers, locale, text, children }: Props) {
  const index = months.indexOf(month);
  const older = index >= 0 ? months[index + 1] : undefined;
  const newer = index > 0 ? months[index - 1] : undefined;
  const href = (value: string) => `/?${new URLSearchParams({ month: value, ...(includeTransfers ? { transfers: "include" } : {}) })}`;
  const step = (value: string | undefined, name: string, icon: ReactNode, testId: string) =>
    value ? (
      <Link href={href(value)} prefetch={false} scroll={false} className="month-step" aria-label={name.replace("{month}", formatMonthLong(value, locale))} data-testid={testId}>
        {icon}
      </Link>
    ) : (
      <span className="month-step" role="link" aria-disabled="true" aria-label={name.replace("{month}", "–")} data-testid={testId}>
        {icon}
      </span>
    );
  return (
    <div className="month-nav">
      {step(older, text.previous, <ChevronLeft size={20} aria-hidden="true" />, "previous-month")}
      {children}
      {step(newer, text.next, <ChevronRight size={20} aria-hidden="true" />, "next-month")}
    </div>
  );
}
