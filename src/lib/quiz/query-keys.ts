/**
 * URL query keys on /decide/ that belong to the decision tools ("Should I add feature X?", "When
 * must I integrate?"), not to the quiz. The quiz owns the keys that are its question ids; it passes
 * these through untouched when it reads or writes the URL, and the content check keeps a question
 * id from taking one of them.
 */
export const DECISION_TOOL_KEYS = [
  'feature',
  'feature-stage',
  'integrate-stage',
  'integrate-start',
] as const;
