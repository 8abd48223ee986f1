"use client";

import { formatMoney } from "@/lib/format/money";

interface TooltipEntry {
  name?: string | number;
  value?: number | string | (number | string)[];
  color?: string;
}

/** One tooltip for all charts: label plus each series in nb-NO kroner. */
export function MoneyTooltip({ active, payload, label, formatLabel }: {
  active?: boolean;
  payload?: TooltipEntry[];
  label?: string | number;
  formatLabel?: (label: string) => string;
}) {
  if (!active || !payload?.length) return null;
  return (
    <div className="chart-tooltip">
      <p style={{ fontWeight: 600 }}>{formatLabel ? formatLabel(String(label)) : label}</p>
      {payload.map((entry) => (
        <p key={String(entry.name)}>
          <span aria-hidden style={{ color: entry.color }}>
            ●{" "}
          </span>
          {entry.name}: {formatMoney(Number(entry.value))}
        </p>
      ))}
    </div>
  );
}
