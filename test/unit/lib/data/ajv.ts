// Ajv for draft 2020-12 (what Zod 4 writes), strict, with the two formats the schemas use.
import { Ajv2020 } from 'ajv/dist/2020.js';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export function makeAjv(): Ajv2020 {
  return new Ajv2020({
    allErrors: true,
    strict: true,
    formats: { uri: (text: string) => URL.canParse(text), date: isCalendarDate },
  });
}
