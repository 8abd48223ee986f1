import { loadRecurring } from "@/lib/dashboard/load-recurring";
import { osloToday } from "@/lib/dates/oslo-date";
import { apiRoute, json } from "@/lib/http/api-route";

export const GET = apiRoute(async ({ userId }) => {
  const { series, summary } = await loadRecurring(userId, osloToday());
  return json({
    summary,
    series: series.map(({ reserved, ...candidate }) => ({
      ...candidate,
      occurrences: candidate.occurrences.map(({ date, amount }) => ({ date, amount })),
      ...(reserved ? { reserved: { date: reserved.date, amount: reserved.amount } } : {}),
    })),
  });
});
