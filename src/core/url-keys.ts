// Shared primitives: src/core imports nothing, so schemas and logic may both use it.

/*
 * URL query keys on /decide/ that belong to the decision tools ("Should I add feature X?", "When
 * must I integrate?"), not to the quiz. The quiz owns the keys that are its question ids; it passes
 * these through untouched when it reads or writes the URL, and the content check keeps a question
 * id from taking one of them.
 */

/** The keys of "Should I add feature X?". */
export const FEATURE_KEYS = { feature: 'feature', stage: 'feature-stage' } as const;
/** The keys of "When must I integrate?". */
export const INTEGRATE_KEYS = { stage: 'integrate-stage', start: 'integrate-start' } as const;
/** Every key the decision tools own. */
export const DECISION_TOOL_KEYS = [
  ...Object.values(FEATURE_KEYS),
  ...Object.values(INTEGRATE_KEYS),
] as const;
