/** The element ids plan.astro gives the plan's view (which carries the model) and its tools. */
export const PLAN_IDS = { view: 'plan-view', tools: 'plan-tools' } as const;
