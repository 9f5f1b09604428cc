// A made-up quiz model for the unit tests of src/lib/quiz: four stages (alpha → beta → gamma →
// delta), one load question and three capability questions with one answer per stage, and a time
// question. None of the guide's content is typed here; test/unit/lib/quiz/real-content.test.ts
// checks the real quiz.
import type { Answers } from '../../../../src/lib/quiz/assess.ts';
import type { QuizModel, QuizQuestion, QuizStage } from '../../../../src/lib/quiz/model.ts';

export const STAGES = ['alpha', 'beta', 'gamma', 'delta'] as const;
export type StageId = (typeof STAGES)[number];

function question(id: string, measures: 'load' | 'capability', required = true): QuizQuestion {
  return {
    id,
    name: `Name of ${id}`,
    prompt: `Prompt of ${id}?`,
    measures,
    required,
    row: {
      label: `Row of ${id}`,
      href: `/compare/#table--${id}`,
      cells: Object.fromEntries(STAGES.map((s) => [s, `${id} at ${s}`])),
    },
    answers: STAGES.map((s) => ({ id: `${id}-${s}`, label: `${id} answer for ${s}`, stage: s })),
  };
}

function stage(id: StageId, index: number): QuizStage {
  const next = STAGES[index + 1];
  return {
    id,
    shortName: id.toUpperCase(),
    heading: `Stage ${index + 1}: ${id}`,
    href: `/stages/${id}/`,
    timeBox:
      id === 'alpha'
        ? {
            maxDuration: '4 weeks',
            limit: { amount: 4, unit: 'weeks' },
            integrationRequired: 'Fold alpha in',
          }
        : id === 'beta'
          ? {
              maxDuration: '3 months',
              limit: { amount: 3, unit: 'months' },
              integrationRequired: 'Fold beta in',
            }
          : id === 'gamma'
            ? { maxDuration: 'Ongoing', integrationRequired: 'Keep folding in' }
            : undefined,
    checkpointHref: id === 'delta' ? undefined : `/stages/${id}/#integration-checkpoint`,
    dontNeedHref: id === 'delta' ? undefined : `/stages/${id}/#req-dont-need`,
    mustHaves: [{ id: `${id}-must`, text: `Must have of ${id}` }],
    migration: next && { href: `/checklists/${id}-to-${next}/`, title: `${id} → ${next}` },
    integrationChecklist: next && {
      href: '/checklists/template/',
      title: `Template ${id} → ${next}`,
    },
  };
}

/** The fixture model: `load` measures load; `cap-a`, `cap-b`, `cap-c` measure capability. */
export function fixtureModel(): QuizModel {
  return {
    title: 'A Quiz',
    rule: { text: 'The earliest stage wins.', principles: [{ text: 'Validate', href: '/p/#v' }] },
    infrastructureAhead: { title: 'Focus', text: 'Do not optimise early', href: '/p/#f' },
    questions: [
      question('load', 'load'),
      question('cap-a', 'capability'),
      question('cap-b', 'capability'),
      question('cap-c', 'capability'),
    ],
    timeQuestion: {
      id: 'time',
      name: 'Time',
      prompt: 'How long?',
      options: [
        { id: 'short', label: 'Short', upTo: { amount: 2, unit: 'weeks' } },
        {
          id: 'month',
          label: 'A month',
          over: { amount: 2, unit: 'weeks' },
          upTo: { amount: 4, unit: 'weeks' },
        },
        {
          id: 'quarter',
          label: 'A quarter',
          over: { amount: 4, unit: 'weeks' },
          upTo: { amount: 3, unit: 'months' },
        },
        { id: 'long', label: 'Long', over: { amount: 3, unit: 'months' } },
      ],
    },
    stages: STAGES.map(stage),
    compareHref: '/compare/',
  };
}

export const QUESTIONS = ['load', 'cap-a', 'cap-b', 'cap-c'] as const;

/** Answers with every stage question at `stage`, then `overrides` (question id → stage). */
export function answersAt(
  stage: StageId,
  overrides: Partial<Record<(typeof QUESTIONS)[number], StageId>> = {},
  extra: Record<string, string> = {},
): Answers {
  const answers: Record<string, string> = {};
  for (const q of QUESTIONS) answers[q] = `${q}-${overrides[q] ?? stage}`;
  return { ...answers, ...extra };
}
