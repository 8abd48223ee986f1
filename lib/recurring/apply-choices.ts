import type { ChosenSeries, RecurringSeries, SeriesChoice } from "./types";

/** The owner's confirmations, dismissals and names laid over freshly detected series. */
export function applyChoices(series: readonly RecurringSeries[], choices: readonly SeriesChoice[]): ChosenSeries[] {
  const byKey = new Map(choices.map((choice) => [choice.seriesKey, choice]));
  return series.map((candidate) => {
    const choice = byKey.get(candidate.key);
    return {
      ...candidate,
      name: choice?.name?.trim() || candidate.name,
      detectedName: candidate.name,
      confirmed: choice?.status === "CONFIRMED",
      dismissed: choice?.status === "DISMISSED",
    };
  });
}
