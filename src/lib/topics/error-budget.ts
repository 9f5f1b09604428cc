/**
 * Turns the guide's uptime targets ("99%+") into error budgets: how much downtime a target allows
 * over a window. The targets are read from the performance-targets matrix, never retyped.
 */

/** The target as a fraction (0.99 for "99%+" or "99 %"), or undefined for a cell with no number ("N/A"). */
export function parseUptime(cell: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*\+?\s*$/.exec(cell);
  if (match?.[1] === undefined) return undefined;
  const percent = Number(match[1]);
  return percent > 0 && percent <= 100 ? percent / 100 : undefined;
}

/** The downtime, in minutes, that availability `target` allows over `windowDays` days. */
export function allowedDowntimeMinutes(target: number, windowDays: number): number {
  return (1 - target) * windowDays * 24 * 60;
}

/** A duration in minutes as a reader says it: "43 min", "7.2 h", "36 h", "8.8 days". */
export function formatDuration(minutes: number): string {
  const round = (n: number) => String(Number(n.toPrecision(2)));
  if (minutes < 1) return `${round(minutes * 60)} s`;
  if (minutes < 60) return `${round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 72) return `${round(hours)} h`;
  return `${round(hours / 24)} days`;
}
