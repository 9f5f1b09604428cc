// Shared primitives: src/core imports nothing, so schemas and logic may both use it.

/** The calendar units content writes lengths of time in. */
export const DURATION_UNITS = ['weeks', 'months'] as const;

/** A length of time in whole calendar units, as content writes it ("4 weeks", "3 months"). */
export interface Duration {
  amount: number;
  unit: (typeof DURATION_UNITS)[number];
}

/** Average days per unit; only used when two durations in different units are compared. */
const DAYS: Record<Duration['unit'], number> = { weeks: 7, months: 365.2425 / 12 };

/**
 * Compares two durations: negative when `a` is shorter, 0 when equal, positive when longer.
 * Durations in the same unit compare exactly (3 months equals 3 months, never 13 weeks and a bit).
 */
export function compareDurations(a: Duration, b: Duration): number {
  if (a.unit === b.unit) return a.amount - b.amount;
  return a.amount * DAYS[a.unit] - b.amount * DAYS[b.unit];
}
