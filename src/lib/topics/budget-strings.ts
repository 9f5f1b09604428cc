/** The words of the error-budget table (src/components/topics/ErrorBudgetTable.astro). */
export const budgetStrings = {
  /** The performance-targets matrix row that holds the uptime targets. */
  uptimeRowId: 'uptime',
  caption: (days: number) =>
    `The guide's uptime targets as error budgets: downtime allowed per ${days}-day window`,
  stage: 'Stage',
  target: 'Uptime target (the guide)',
  perWindow: (days: number) => `Allowed downtime per ${days} days`,
  perWeek: 'Per week',
  perDay: 'Per day',
  failed: 'As a request-based SLO',
  failedRequests: (percent: string) => `${percent}% of requests may fail`,
} as const;
