import { loadRecurring } from "@/lib/dashboard/load-recurring";
import { osloToday } from "@/lib/dates/oslo-date";
import { apiRoute, json } from "@/lib/http/api-route";

export const GET = apiRoute(async ({ userId }) => {
  const { forecast } = await loadRecurring(userId, osloToday());
  // Row ids stay on the server, as /api/recurring keeps them.
  return json({ forecast: { ...forecast, reserved: forecast.reserved.map(({ seriesKey, date, amount }) => ({ seriesKey, date, amount })) } });
});
