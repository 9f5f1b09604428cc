import type { Ref } from '../../schemas/shared.ts';

/**
 * Content data as the published files write it: every reference (`{ collection, id }` after
 * validation) becomes the id it was written as, so a consumer reads the same shape an author
 * writes and the JSON Schema describes it with the content's own schemas.
 */
export type Published<T> = T extends Ref
  ? string
  : T extends readonly (infer U)[]
    ? Published<U>[]
    : T extends object
      ? { [K in keyof T]: Published<T[K]> }
      : T;

function isRef(value: object): value is Ref {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Partial<Ref>).collection === 'string' &&
    typeof (value as Partial<Ref>).id === 'string'
  );
}

/** `value` with each reference replaced by its id and each undefined field left out. */
export function publish<T>(value: T): Published<T> {
  if (Array.isArray(value)) return value.map((item: unknown) => publish(item)) as Published<T>;
  if (value === null || typeof value !== 'object') return value as Published<T>;
  if (isRef(value)) return value.id as Published<T>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) out[key] = publish(field);
  }
  return out as Published<T>;
}
