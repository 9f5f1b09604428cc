// A made-up quiz model for the unit tests of src/lib/quiz: four stages (alpha → beta → gamma →
// delta), one load question and three capability questions with one answer per stage (each
// fitting that stage alone), and a time question. `withRanges` adds answers that fit several
// stages and an answer with a former id. None of the guide's content is typed here; test/unit/lib/quiz/real-content.test.ts
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
    bands: Object.fromEntries(STAGES.map((s) => [s, `${id} band at ${s}`])),
    answers: STAGES.map((s) => ({
      id: `${id}-${s}`,
      label: `${id} answer for ${s}`,
      stages: [s],
      formerIds: [],
    })),
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
    mustHaves: [{ id: `${id}-must`, text: `Must have of ${id}` }],
    alsoRequired: [],
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
    rule: {
      text: 'The weakest capability wins.',
      load: 'Load is reported beside it.',
      principles: [{ text: 'Validate', href: '/p/#v' }],
    },
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

/**
 * The fixture with ranged answers: `cap-a-alpha-beta` fits alpha and beta (like one instance),
 * `cap-b-beta-on` fits beta to delta (like 99.9% uptime), `load-gamma-delta` fits gamma and delta,
 * and `cap-c-delta` was once called `cap-c-old`.
 */
export function withRanges(): QuizModel {
  const model = fixtureModel();
  const add = (questionId: string, id: string, stages: StageId[]) =>
    model.questions
      .find((q) => q.id === questionId)
      ?.answers.push({ id, label: `${id} label`, stages, formerIds: [] });
  add('cap-a', 'cap-a-alpha-beta', ['alpha', 'beta']);
  add('cap-b', 'cap-b-beta-on', ['beta', 'gamma', 'delta']);
  add('load', 'load-gamma-delta', ['gamma', 'delta']);
  const renamed = model.questions
    .find((q) => q.id === 'cap-c')
    ?.answers.find((a) => a.id === 'cap-c-delta');
  renamed?.formerIds.push('cap-c-old');
  return model;
}
