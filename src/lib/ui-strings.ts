/** Every user-visible string of the site's chrome, in one place. Guide content lives in content/. */
import { capitalized, countWord } from './words.ts';

export const ui = {
  skipLink: 'Skip to content',
  primaryNav: 'Primary',
  sectionNav: (section: string) => `${section} pages`,
  nav: {
    stages: 'Stages',
    integration: 'Integration',
    compare: 'Compare',
    checklists: 'Checklists',
    decide: 'Decide',
    plan: 'My plan',
    topics: 'Topics',
    search: 'Search',
  },
  onThisPage: 'On this page',
  /** The previous/next stage links at the foot of a stage page. */
  stagePager: 'Previous and next stage',
  previousStage: 'Previous stage',
  nextStage: 'Next stage',
  footerNav: 'Site',
  /** The footer's line about the guide's status and review dates (the values come from content). */
  footer: {
    status: 'Status:',
    lastUpdated: 'Guide last updated',
    lastReviewed: 'last reviewed',
    nextReview: 'next review:',
  },
  allPages: 'All pages',
  summary: 'Summary',
  /** The headings of a stage page's sections, as the source names them. */
  stageSections: {
    goals: 'Goals',
    successCriteria: 'Success Criteria',
    requirements: 'Infrastructure Requirements',
    priorities: 'Priorities',
    docs: 'Documentation Needs',
    timeline: 'Typical Timeline',
    exitCriteria: 'Exit Criteria',
    integrationCheckpoint: 'Integration Checkpoint',
    stagePriorities: 'Stage-Specific Priorities',
  },
  /** The Stage Characteristics table's column headers, as the source names them. */
  characteristics: {
    stage: 'Stage',
    duration: 'Duration',
    goal: 'Goal',
    users: 'Users',
    infrastructure: 'Infrastructure',
    teamSize: 'Team Size',
  },
  timeBoxLabel: 'Maximum duration before integration',
  addFeatureLabel: 'Should I add a feature?',
  critical: 'Critical',
  timeLimit: 'Time limit',
  riskIfExceeded: 'Risk if exceeded',
  waysIn: {
    heading: (n: number) => `${capitalized(countWord(n))} ways in`,
    read: {
      title: 'Read the stages',
      text: 'What each stage must, should and need not have, and how to leave it.',
    },
    quiz: {
      title: 'Find your stage',
      text: (questions: number) =>
        `Answer ${countWord(questions)} questions and see which stage your system is in.`,
    },
    print: {
      title: 'Print a checklist',
      text: 'Work through a migration with your team, on paper or on screen.',
    },
  },
  overview: 'Overview',
  lifecycleDiagram: 'The lifecycle at a glance: the stages in order',
  stageCharacteristics: 'Stage Characteristics',
  stagesIndexTitle: 'The stages',
  /** From the stages in order: how many, and the first and last stage's names. */
  stagesIndexDescription: (count: number, first: string, last: string) =>
    `The ${countWord(count)} lifecycle stages, from ${first.toLowerCase()} to ${last.toLowerCase()}, and what carries a system from one to the next.`,
  compare: {
    title: 'Stage Comparison Matrix',
    description:
      'Infrastructure components, performance targets and team requirements, stage by stage.',
  },
  integration: {
    checkpointRequirements: 'Integration Checkpoint Requirements',
    checkpointHeading: (shortName: string, after: string) =>
      `${shortName} → Integration Checkpoint (${after})`,
    when: 'When',
    timeBoxCaption: 'Time-boxed stages: maximum duration before integration is required',
    stage: 'Stage',
    maxDuration: 'Max Duration',
    integrationRequired: 'Integration Required',
    how: 'How',
    template: 'Integration Checklist Template',
    templateLink: 'Open the integration checklist',
  },
  checklists: {
    title: 'Migration Checklists',
    description:
      'The step-by-step checklists for moving from one stage to the next, and the integration checklist template.',
    validation: 'Validation',
    items: (n: number) => `${n} items`,
  },
  decide: {
    question: 'Question',
    measures: 'Measures',
    quizCaption: 'What stage am I in? The guide’s bands for each question and stage',
  },
  topics: {
    title: 'Topics',
    description:
      'Every document the guide refers to, and a guide for each feature it requires that none covers: which stages need each, and how to make it real, check it and avoid its pitfalls.',
    needsHeading: 'Which stages need it',
    needsCaption: (title: string) => `Documentation needs for ${title}, by stage`,
    stage: 'Stage',
    need: 'Need',
    priority: 'Priority',
    notes: 'Notes',
    notListed: 'Not listed',
    notListedAnywhere: (title: string) =>
      `No stage lists ${title} among its documentation needs. The guide links it from `,
    keyDoc: 'Listed under Documentation by Stage',
    sourceLink: (link: string) => `The guide links this topic as ${link}.`,
    resolvedHeading: 'Where to find this on the site',
  },
  contents: {
    title: 'All pages',
    description: 'Every page of the Infrastructure Lifecycle Guide, by section.',
    guide: 'The guide',
  },
  search: {
    title: 'Search',
    description: 'Search the guide: stages, checklists, topics and the comparison matrix.',
    noScript:
      'Search runs in your browser and needs JavaScript. Without it, every page is listed on',
  },
  notFound: {
    home: 'Home',
    title: 'Page not found',
    description: 'The page you asked for is not part of the guide.',
    text: 'There is no page at this address. It may have moved, or the link may have a typo. These places are a good start:',
  },
  siteGuidance: 'Guidance from this site',
  siteGuidanceNote:
    'This section is the site’s own guidance, written to help apply the guide; it is not part of the source guide.',
} as const;
