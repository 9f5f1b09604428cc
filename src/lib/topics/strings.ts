/** The words of the topic pages, the topic index and the handbook that are not content. */
import type { TopicKind } from '../../schemas/topics.ts';

export const topicStrings = {
  kinds: {
    planning: 'Planning and status',
    reliability: 'Reliability',
    operations: 'Operations and incidents',
    observability: 'Observability',
    security: 'Security',
    delivery: 'Delivery and environments',
    performance: 'Performance and scale',
    architecture: 'Architecture and integration',
  } satisfies Record<TopicKind, string>,
  index: {
    byStage: 'By the first stage that asks for it',
    byKind: 'By kind',
    noStage: 'Not placed at a stage by the guide',
    stageGroup: (stageName: string) => `From ${stageName}`,
    handbookLink: 'Read every topic in one printable document: the handbook',
  },
  page: {
    requirementsHeading: 'What the guide requires',
    requirementsCaption: (title: string) =>
      `Requirements of the guide that lead to ${title}, by stage`,
    requirement: 'Requirement',
    level: 'Level',
    addedBySite:
      'The guide links no document for this topic. The site added it because the guide requires the features it covers.',
    nav: 'Topics',
    allTopics: 'All topics',
    handbook: 'The handbook (print)',
    related: 'Related',
  },
  stageLink: (title: string) => `Topic: ${title}`,
  handbook: {
    title: 'Handbook',
    description:
      'The whole Infrastructure Lifecycle Guide and every topic guide in reading order, as one document to print or save as PDF.',
    contents: 'Contents',
    guidePart: 'Part 1: The guide',
    topicsPart: 'Part 2: Topic guides',
    printHint:
      "Print this page (or save it as PDF) from your browser's print command; it fits A4 and Letter.",
  },
} as const;
