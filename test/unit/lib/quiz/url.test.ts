import { describe, expect, test } from 'vitest';
import { DECISION_TOOL_KEYS } from '../../../../src/core/url-keys.ts';
import { quizKeys, readAnswers, shareLink, writeAnswers } from '../../../../src/lib/quiz/url.ts';
import { fixtureModel, withRanges } from './model-fixture.ts';

const model = fixtureModel();

describe('quizKeys', () => {
  test('are the question ids, then the time question id', () => {
    expect(quizKeys(model)).toEqual(['load', 'cap-a', 'cap-b', 'cap-c', 'time']);
  });
});

describe('readAnswers', () => {
  test('reads valid answers, the time answer included', () => {
    expect(readAnswers(model, '?load=load-beta&cap-a=cap-a-gamma&time=long')).toEqual({
      answers: { load: 'load-beta', 'cap-a': 'cap-a-gamma', time: 'long' },
      ignored: [],
      renamed: [],
    });
  });

  test('ignores an answer id that does not belong to its question, and says so', () => {
    const { answers, ignored } = readAnswers(model, '?load=cap-a-beta&cap-b=cap-b-alpha&time=ages');
    expect(answers).toEqual({ 'cap-b': 'cap-b-alpha' });
    expect(ignored).toEqual([
      { key: 'load', value: 'cap-a-beta', reason: 'invalid-value' },
      { key: 'time', value: 'ages', reason: 'invalid-value' },
    ]);
  });

  test('reports unknown keys and a repeated key, keeping the first valid value', () => {
    const { answers, ignored } = readAnswers(model, '?utm=mail&load=load-alpha&load=load-delta');
    expect(answers).toEqual({ load: 'load-alpha' });
    expect(ignored).toEqual([
      { key: 'utm', value: 'mail', reason: 'unknown-parameter' },
      { key: 'load', value: 'load-delta', reason: 'repeated' },
    ]);
  });

  test('passes the decision tools’ keys through without reporting them', () => {
    const search = `?${DECISION_TOOL_KEYS.map((k) => `${k}=x`).join('&')}&load=load-beta`;
    expect(readAnswers(model, search)).toEqual({
      answers: { load: 'load-beta' },
      ignored: [],
      renamed: [],
    });
  });

  test('reports keys named like Object members instead of throwing', () => {
    const { answers, ignored } = readAnswers(model, '?__proto__=x&constructor=y&load=load-beta');
    expect(answers).toEqual({ load: 'load-beta' });
    expect(ignored).toEqual([
      { key: '__proto__', value: 'x', reason: 'unknown-parameter' },
      { key: 'constructor', value: 'y', reason: 'unknown-parameter' },
    ]);
  });

  test('survives malformed encoding and empty input', () => {
    expect(readAnswers(model, '')).toEqual({ answers: {}, ignored: [], renamed: [] });
    expect(readAnswers(model, '?%E0%A4%A=1&load=%ZZ&&=').answers).toEqual({});
  });
});

describe('readAnswers: former answer ids', () => {
  const ranged = withRanges();

  test('a former id reads as today’s answer and is reported as renamed, not ignored', () => {
    expect(readAnswers(ranged, '?cap-c=cap-c-old&load=load-beta')).toEqual({
      answers: { 'cap-c': 'cap-c-delta', load: 'load-beta' },
      ignored: [],
      renamed: [{ questionId: 'cap-c', from: 'cap-c-old', to: 'cap-c-delta' }],
    });
  });

  test('a former id of another question is still not a valid value', () => {
    const { answers, ignored } = readAnswers(ranged, '?cap-a=cap-c-old');
    expect(answers).toEqual({});
    expect(ignored).toEqual([{ key: 'cap-a', value: 'cap-c-old', reason: 'invalid-value' }]);
  });

  test('writing the answers back uses today’s id', () => {
    const { answers } = readAnswers(ranged, '?cap-c=cap-c-old');
    expect(writeAnswers(ranged, '?cap-c=cap-c-old', answers)).toBe('?cap-c=cap-c-delta');
  });
});

describe('writeAnswers', () => {
  test('writes answers in question order', () => {
    expect(
      writeAnswers(model, '', { time: 'long', 'cap-a': 'cap-a-beta', load: 'load-beta' }),
    ).toBe('?load=load-beta&cap-a=cap-a-beta&time=long');
  });

  test('keeps every key it does not own, in place, and replaces its own', () => {
    expect(
      writeAnswers(model, '?feature=cache&load=load-alpha&utm=x&load=junk', { load: 'load-gamma' }),
    ).toBe('?feature=cache&utm=x&load=load-gamma');
  });

  test('removes its keys when there are no answers', () => {
    expect(writeAnswers(model, '?load=load-alpha&cap-a=cap-a-beta', {})).toBe('');
    expect(writeAnswers(model, '?integrate-stage=beta&load=load-alpha', {})).toBe(
      '?integrate-stage=beta',
    );
  });

  test('round-trips through readAnswers', () => {
    const answers = { load: 'load-delta', 'cap-c': 'cap-c-alpha', time: 'month' };
    expect(readAnswers(model, writeAnswers(model, '?feature=x', answers)).answers).toEqual(answers);
  });
});

describe('shareLink', () => {
  test('keeps the query and points at the quiz section', () => {
    expect(shareLink('https://site.test/decide/?load=load-beta#other', 'what-stage')).toBe(
      'https://site.test/decide/?load=load-beta#what-stage',
    );
  });
});
