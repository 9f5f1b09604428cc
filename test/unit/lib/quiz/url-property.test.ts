// Hostile and arbitrary links: whatever query string a reader opens, the quiz reads it without
// throwing, keeps only today's answer ids, reads former ids as today's, and reports every value
// it could not use. Runs on the real quiz built from content/.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../../../../src/lib/quiz/assess.ts';
import { buildQuizModel } from '../../../../src/lib/quiz/build.ts';
import { DECISION_TOOL_KEYS } from '../../../../src/core/url-keys.ts';
import { quizView, reduceQuiz, initialQuizState } from '../../../../src/lib/quiz/state.ts';
import { quizKeys, readAnswers } from '../../../../src/lib/quiz/url.ts';
import { load } from '../../../fixtures/real-content.ts';

const [quiz] = load('quiz');
if (quiz === undefined) throw new Error('content/quiz/ holds no quiz');
const model = buildQuizModel({
  quiz: quiz.data,
  stages: load('stages'),
  matrices: load('matrices'),
  checklists: load('checklists'),
  pages: load('pages'),
  terms: new Map(load('vocabulary').map((t) => [t.id, t.data])),
});
const keys = quizKeys(model);
const current = new Map<string, string[]>([
  ...model.questions.map((q) => [q.id, q.answers.map((a) => a.id)] as const),
  ...(model.timeQuestion
    ? [[model.timeQuestion.id, model.timeQuestion.options.map((o) => o.id)] as const]
    : []),
]);
const former = new Map(
  model.questions.map((q) => [q.id, q.answers.flatMap((a) => a.formerIds)] as const),
);
const allIds = [...current.values(), ...former.values()].flat();

/** A key a link might carry: the quiz's, the tools', a near miss, or anything at all. */
const keyArb = fc.oneof(
  fc.constantFrom(...keys),
  fc.constantFrom(...DECISION_TOOL_KEYS),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'USERS', ''),
  fc.string(),
);
/** A value: any answer id (today's or former, of any question), or anything at all. */
const valueArb = fc.oneof(fc.constantFrom(...allIds), fc.string(), fc.string({ unit: 'grapheme' }));

describe('readAnswers on arbitrary links', () => {
  test('never throws on any string, and what it keeps is today’s answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (search) => {
        const { answers } = readAnswers(model, search);
        for (const [key, value] of Object.entries(answers)) {
          expect(current.get(key)).toContain(value);
        }
        // The whole path a link takes: reducer, view, assessment.
        const state = reduceQuiz(model, initialQuizState, {
          type: 'link-opened',
          ...readAnswers(model, `?${search}`),
        });
        quizView(model, state);
        assess(model, state.answers);
      }),
    );
  });

  test('reports every value it cannot use and reads every former id as today’s', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 12 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { answers, ignored, renamed } = readAnswers(model, `?${search}`);
        const seen = new Set<string>();
        for (const [key, value] of pairs) {
          if ((DECISION_TOOL_KEYS as readonly string[]).includes(key)) {
            expect(ignored.some((i) => i.key === key)).toBe(false);
            continue;
          }
          const ids = current.get(key);
          if (ids === undefined) {
            expect(ignored).toContainEqual({ key, value, reason: 'unknown-parameter' });
          } else if (!ids.includes(value) && !(former.get(key) ?? []).includes(value)) {
            expect(ignored).toContainEqual({ key, value, reason: 'invalid-value' });
          } else if (seen.has(key)) {
            expect(ignored).toContainEqual({ key, value, reason: 'repeated' });
          } else {
            seen.add(key);
            const renamedTo = renamed.find((r) => r.questionId === key && r.from === value)?.to;
            expect(answers[key]).toBe(renamedTo ?? value);
            if ((former.get(key) ?? []).includes(value)) expect(renamedTo).toBeDefined();
          }
        }
        expect(Object.keys(answers).sort()).toEqual([...seen].sort());
      }),
    );
  });
});
