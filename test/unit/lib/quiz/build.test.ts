import { describe, expect, test } from 'vitest';
import { assess } from '../../../../src/lib/quiz/assess.ts';
import { buildQuizModel, cellWords, type QuizSources } from '../../../../src/lib/quiz/build.ts';
import { gapSentences } from '../../../../src/lib/quiz/describe.ts';
import type { QuizModel } from '../../../../src/lib/quiz/model.ts';
import { makeMatrixSchema } from '../../../../src/schemas/matrices.ts';
import { makePageSchema } from '../../../../src/schemas/pages.ts';
import { makeQuizSchema } from '../../../../src/schemas/quiz.ts';
import { idRef } from '../../../../src/schemas/shared.ts';
import {
  checklist,
  matrixInput,
  migrationInput,
  pageInput,
  quizInput,
  stageEntry,
  templateInput,
} from '../../../fixtures/entries.ts';
import { load } from '../../../fixtures/real-content.ts';

const terms = new Map([
  ['yes', { group: 'cell-level' as const, label: 'Yes', description: 'In place' }],
  ['no', { group: 'cell-level' as const, label: 'No', description: 'Not in place' }],
]);

/** A small world: stages alpha → beta, one table, one migration, the template and a page of principles. */
function fixtureSources(): QuizSources {
  return {
    quiz: makeQuizSchema(idRef).parse(
      quizInput({
        questions: [
          {
            id: 'question-one',
            name: 'Size',
            prompt: 'How big?',
            measures: 'load',
            clarification: 'Peak, over 30 days.',
            matrixRow: { matrix: 'a-table', row: 'row-one' },
            bands: { alpha: '1-5', beta: '6+' },
            answers: [
              { id: 'small', label: 'Small', stages: ['alpha', 'beta'], formerIds: ['tiny'] },
              { id: 'large', label: 'Large', stages: ['beta'] },
            ],
          },
        ],
        rule: {
          text: 'The weakest capability wins.',
          load: 'Load is shown beside it.',
          principles: [{ page: 'a-page', item: 'item-one' }],
          infrastructureAhead: { page: 'a-page', item: 'item-two' },
        },
      }),
    ),
    stages: [
      stageEntry('beta', { order: 2, name: 'Beta Stage', shortName: 'Beta' }),
      stageEntry('alpha', {
        next: 'beta',
        timeBox: {
          maxDuration: '4 weeks',
          limit: { amount: 4, unit: 'weeks' },
          integrationRequired: 'Fold it in',
        },
      }),
    ],
    matrices: [
      {
        id: 'a-table',
        data: makeMatrixSchema(idRef).parse(
          matrixInput({
            rows: [
              { id: 'row-one', label: 'Row one', cells: { alpha: { level: 'no' }, beta: 'Lots' } },
            ],
          }),
        ),
      },
    ],
    checklists: [
      { id: 'alpha-to-beta', data: checklist(migrationInput()) },
      { id: 'the-template', data: checklist(templateInput()) },
    ],
    pages: [
      {
        id: 'summary',
        data: makePageSchema(idRef).parse(pageInput()),
      },
    ],
    terms,
  };
}

/** The fixture with the cited page under the id a route shows ("summary"). */
function sourcesCitingSummary(): QuizSources {
  const sources = fixtureSources();
  const page = makePageSchema(idRef).parse(
    pageInput({
      sections: [
        {
          id: 'principles',
          heading: 'Principles',
          items: [
            { id: 'item-one', title: 'One', text: 'First principle' },
            { id: 'item-two', text: 'Second principle' },
          ],
        },
      ],
    }),
  );
  const cite = (item: string) => ({ page: { collection: 'pages' as const, id: 'summary' }, item });
  return {
    ...sources,
    quiz: {
      ...sources.quiz,
      rule: {
        ...sources.quiz.rule,
        principles: [cite('item-one')],
        infrastructureAhead: cite('item-two'),
      },
    },
    pages: [{ id: 'summary', data: page }],
  };
}

describe('buildQuizModel', () => {
  const model = buildQuizModel(sourcesCitingSummary());

  test('puts the stages in lifecycle order with their headings and pages', () => {
    expect(model.stages.map((s) => [s.id, s.shortName, s.href])).toEqual([
      ['alpha', 'Alpha', '/stages/alpha/'],
      ['beta', 'Beta', '/stages/beta/'],
    ]);
    expect(model.stages[0]?.heading).toBe('Stage 1: Alpha Stage');
  });

  test('finds the migration checklist by its from stage, and fills the template for the pair', () => {
    expect(model.stages[0]?.migration).toEqual({
      href: '/checklists/alpha-to-beta/',
      title: 'Alpha → Beta',
    });
    expect(model.stages[0]?.integrationChecklist).toEqual({
      href: '/checklists/the-template/',
      title: 'From Alpha to Beta',
    });
    expect(model.stages[1]?.migration).toBeUndefined();
    expect(model.stages[1]?.integrationChecklist).toBeUndefined();
  });

  test('keeps the time box, the must-haves and the section links of a stage', () => {
    expect(model.stages[0]?.timeBox).toEqual({
      maxDuration: '4 weeks',
      limit: { amount: 4, unit: 'weeks' },
      integrationRequired: 'Fold it in',
    });
    expect(model.stages[0]?.mustHaves).toEqual([
      { id: 'requirement-one', text: 'Text of requirement-one' },
    ]);
    expect(model.stages[0]?.checkpointHref).toBeUndefined();
  });

  test('gives each question its matrix row, symbols in words', () => {
    expect(model.questions[0]?.row).toEqual({
      label: 'Row one',
      href: '/compare/#a-table--row-one',
      cells: { alpha: 'No', beta: 'Lots' },
    });
    expect(model.questions[0]?.answers[0]).toEqual({
      id: 'small',
      label: 'Small',
      stages: ['alpha', 'beta'],
      formerIds: ['tiny'],
    });
    expect(model.questions[0]?.answers[1]?.formerIds).toEqual([]);
  });

  test('gives each question the guide’s bands, its clarification, and the rule both parts', () => {
    expect(model.questions[0]?.bands).toEqual({ alpha: '1-5', beta: '6+' });
    expect(model.questions[0]?.clarification).toBe('Peak, over 30 days.');
    expect(model.rule.text).toBe('The weakest capability wins.');
    expect(model.rule.load).toBe('Load is shown beside it.');
  });

  test('resolves the cited principles to their words and anchors', () => {
    expect(model.rule.principles).toEqual([
      { title: 'One', text: 'First principle', href: '/summary/#item-one' },
    ]);
    expect(model.infrastructureAhead).toEqual({
      title: undefined,
      text: 'Second principle',
      href: '/summary/#item-two',
    });
  });

  test('throws, naming the content, when a cited item is missing', () => {
    expect(() => buildQuizModel(fixtureSources())).toThrow(/cites "item-one" on page "a-page"/);
  });

  test('cellWords names a level that has no words', () => {
    expect(() => cellWords({ level: 'partial' }, terms)).toThrow(/no term "partial"/);
  });
});

describe('the real quiz, built from content/', () => {
  const [quiz] = load('quiz');
  if (quiz === undefined) throw new Error('content/quiz/ holds no quiz');
  const model: QuizModel = buildQuizModel({
    quiz: quiz.data,
    stages: load('stages'),
    matrices: load('matrices'),
    checklists: load('checklists'),
    pages: load('pages'),
    terms: new Map(load('vocabulary').map((t) => [t.id, t.data])),
  });
  const ids = model.stages.map((s) => s.id);

  test('every question has a matrix cell for every stage', () => {
    for (const q of model.questions)
      expect(Object.keys(q.row?.cells ?? {}).sort()).toEqual([...ids].sort());
  });

  test('every stage but the last has its migration checklist and integration template', () => {
    for (const stage of model.stages.slice(0, -1)) {
      expect(stage.migration?.href).toMatch(/^\/checklists\/[a-z0-9-]+\/$/);
      expect(stage.integrationChecklist?.title).not.toMatch(/\[/);
    }
  });

  /** The first answer of `q` whose last stage is `stage`, else the first that fits it. */
  const answerAt = (q: (typeof model.questions)[number], stage: string) =>
    q.answers.find((a) => a.stages.at(-1) === stage) ??
    q.answers.find((a) => a.stages.includes(stage));

  test.each(ids)('answers fitting %s give %s', (stage) => {
    const answers = Object.fromEntries(
      model.questions.map((q) => [q.id, answerAt(q, stage)?.id ?? '']),
    );
    const result = assess(model, answers);
    expect(result.status !== 'empty' && result.stage).toBe(stage);
  });

  // The issue's example: "Monitoring: you have basic metrics; Production needs comprehensive
  // monitoring", for every capability question, from the content's own words.
  const [, second, third] = ids;
  test.each(
    model.questions.filter((q) => q.measures === 'capability').map((q) => [q.id, q] as const),
  )(
    '%s one stage behind the rest shows its gap with the matrix words of the next stage',
    (_, question) => {
      if (second === undefined || third === undefined)
        throw new Error('expected at least three stages');
      const answers = Object.fromEntries(
        model.questions.map((q) => [q.id, answerAt(q, q === question ? second : third)?.id ?? '']),
      );
      const result = assess(model, answers);
      if (result.status === 'empty') throw new Error('expected a result');
      expect(result.stage).toBe(second);
      const mine = answerAt(question, second)?.label ?? '';
      expect(gapSentences(model, result).map((g) => g.text)).toEqual([
        `${question.name}: you have “${mine}”; ${model.stages[2]?.shortName} needs “${question.row?.cells[third]}”.`,
      ]);
    },
  );
});
