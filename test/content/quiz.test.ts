// The stage quiz's content: what the content check says when it breaks, and rules about the real
// quiz that a reader would notice (every question linked to a matrix row, time spans that can
// reach each stage's time limit, cited principles that exist).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblems } from '../../src/content-check/zod-issues.ts';
import { compareDurations } from '../../src/core/duration.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { copyContent, editYaml, removeCopy } from '../fixtures/content-copy.ts';
import { load } from '../fixtures/real-content.ts';

const QUIZ = 'content/quiz/stage-quiz.yaml';

describe('a copy of the content with the quiz broken', () => {
  let root = '';
  beforeEach(() => {
    root = copyContent('quiz-check-');
  });
  afterEach(() => {
    removeCopy(root);
  });
  const report = () => formatProblems(checkContent(root));

  test('names a cited principle that is not on its page, with the closest items', () => {
    editYaml(root, QUIZ, (doc) => doc.setIn(['rule', 'principles', 0, 'item'], 'validate-before'));
    expect(report()).toMatch(
      /^ {2}content\/quiz\/stage-quiz\.yaml\n {4}rule\.principles\[0\]\.item: received "validate-before", which is not an item of the page "[a-z-]+"; expected one of its \d+ item ids; closest: "validate-before-moving"/m,
    );
  });

  test('names a cited page that does not exist', () => {
    editYaml(root, QUIZ, (doc) => doc.setIn(['rule', 'infrastructureAhead', 'page'], 'nowhere'));
    expect(report()).toMatch(
      /rule\.infrastructureAhead\.page: received "nowhere", which is not an entry of "pages"/,
    );
  });

  test('names a gap between two time spans', () => {
    editYaml(root, QUIZ, (doc) =>
      doc.setIn(['timeAtStage', 'options', 1, 'over'], doc.createNode({ amount: 3, unit: 'weeks' })),
    );
    expect(report()).toMatch(
      /timeAtStage\.options\[1\]\.over: received 3 weeks; expected \d+ \w+, where the option before ends/,
    );
  });

  test('names an answer whose stages leave a gap', () => {
    editYaml(root, QUIZ, (doc) =>
      doc.setIn(['questions', 1, 'answers', 0, 'stages'], doc.createNode(['poc', 'production'])),
    );
    expect(report()).toMatch(
      /^ {4}questions\[1\]\.answers\[0\]\.stages: received "poc", "production"; expected a contiguous run of stages in lifecycle order, such as "poc", "mvp", "production" \(missing "mvp"\)$/m,
    );
  });

  test('names an answer that fits a stage that does not exist', () => {
    editYaml(root, QUIZ, (doc) =>
      doc.setIn(['questions', 1, 'answers', 0, 'stages'], doc.createNode(['poc', 'beta'])),
    );
    expect(report()).toMatch(
      /questions\[1\]\.answers\[0\]\.stages\[1\]: received "beta", which is not an entry of "stages"/,
    );
  });

  test('names a question without the guide’s words for a stage', () => {
    editYaml(root, QUIZ, (doc) => doc.deleteIn(['questions', 0, 'bands', 'scale']));
    expect(report()).toMatch(
      /questions\[0\]\.bands: question "users" received words for "poc", "mvp", "production"; expected the guide's words for every stage, missing "scale"/,
    );
  });

  test('names a question id that the decision tools use in the URL', () => {
    editYaml(root, QUIZ, (doc) => doc.setIn(['questions', 0, 'id'], 'integrate-stage'));
    expect(report()).toMatch(/questions\[0\]\.id: received "integrate-stage", a URL parameter of the decision tools/);
  });
});

describe('the real quiz', () => {
  const quizzes = load('quiz');
  const stages = sortStages(load('stages'));
  const matrices = load('matrices');

  test.each(quizzes.flatMap((q) => q.data.questions.map((question) => [question.id, question] as const)))(
    '%s links a matrix row, so its gaps can be shown',
    (_, question) => {
      expect(question.matrixRow).toBeDefined();
    },
  );

  // The bands are the guide's "Ask yourself" words; each is the word the comparison matrix's row
  // uses for that stage ("logs" in "Logs only", "no" for ❌), so neither was mistyped.
  test.each(
    quizzes.flatMap((q) => q.data.questions.map((question) => [question.id, question] as const)),
  )('%s: each stage’s band agrees with its matrix row', (_, question) => {
    const matrix = matrices.find((m) => m.id === question.matrixRow?.matrix.id);
    const row = matrix?.data.rows.find((r) => r.id === question.matrixRow?.row);
    for (const stage of stages) {
      const band = question.bands[stage.id]?.toLowerCase() ?? '(none)';
      const cell = row?.cells[stage.id];
      const words = typeof cell === 'string' ? [cell] : [cell?.text ?? '', cell?.level ?? ''];
      expect(
        words.some((w) => w.toLowerCase().includes(band)),
        `${stage.id}: "${band}" in ${JSON.stringify(words)}`,
      ).toBe(true);
    }
  });

  // Shared links made before an answer was renamed keep working: a former id names one answer.
  test('former answer ids never collide with an answer id of the same question', () => {
    for (const quiz of quizzes) {
      for (const question of quiz.data.questions) {
        const ids = question.answers.map((a) => a.id);
        const formers = question.answers.flatMap((a) => a.formerIds);
        expect(formers.filter((f) => ids.includes(f))).toEqual([]);
      }
    }
  });

  test('asks the load question and at least one capability question', () => {
    for (const quiz of quizzes) {
      const measures = quiz.data.questions.map((q) => q.measures);
      expect(measures).toContain('load');
      expect(measures).toContain('capability');
    }
  });

  // For every stage with a time limit, some span ends exactly at the limit (so "due now" can be
  // said) and some span starts exactly there (so "overdue" is certain, not a guess).
  const limited = stages.flatMap((s) => (s.data.timeBox?.limit ? [[s.id, s.data.timeBox.limit] as const] : []));
  test('there are stages with a time limit to check', () => {
    expect(limited.length).toBeGreaterThan(0);
  });
  test.each(limited)('the time spans meet the limit of %s exactly', (_, limit) => {
    for (const quiz of quizzes) {
      const options = quiz.data.timeAtStage?.options ?? [];
      expect(options.some((o) => o.upTo && compareDurations(o.upTo, limit) === 0)).toBe(true);
      expect(options.some((o) => o.over && compareDurations(o.over, limit) === 0)).toBe(true);
    }
  });
});
