import { describe, expect, test } from 'vitest';
import {
  DECISION_TOOL_KEYS as DECIDE_KEYS,
  FEATURE_KEYS,
  INTEGRATE_KEYS,
} from '../../../../src/core/url-keys.ts';
import {
  featureParam,
  MAX_FEATURE_TEXT,
  readFeatureQuery,
  readIntegrateQuery,
  withOwnParams,
} from '../../../../src/lib/decide/url.ts';

const known = { stageIds: ['alpha', 'beta'], featureIds: ['caching', 'cdn'] };
const QUIZ_KEYS = ['users', 'uptime'];
const passThrough = [...QUIZ_KEYS, ...DECIDE_KEYS];

describe('the keys', () => {
  test('are exactly the four the decision tools own', () => {
    expect([...DECIDE_KEYS].sort()).toEqual([
      'feature',
      'feature-stage',
      'integrate-stage',
      'integrate-start',
    ]);
  });
});

describe('readFeatureQuery', () => {
  test('reads a feature id and a stage', () => {
    expect(readFeatureQuery('?feature=cdn&feature-stage=beta', known, passThrough)).toEqual({
      values: { selection: { kind: 'feature', id: 'cdn' }, stage: 'beta' },
      ignored: [],
    });
  });

  test('reads other words as the reader’s own, trimmed', () => {
    expect(
      readFeatureQuery('?feature=+Service%20Mesh+', known, passThrough).values.selection,
    ).toEqual({ kind: 'other', text: 'Service Mesh' });
  });

  test('reports a stage that does not exist, an empty or too long feature, and a repeat', () => {
    const long = 'x'.repeat(MAX_FEATURE_TEXT + 1);
    const { values, ignored } = readFeatureQuery(
      `?feature-stage=omega&feature=%20&feature=${long}&feature=cdn&feature=caching`,
      known,
      passThrough,
    );
    expect(values).toEqual({ selection: { kind: 'feature', id: 'cdn' }, stage: undefined });
    expect(ignored).toEqual([
      { key: 'feature-stage', value: 'omega', reason: 'invalid-value' },
      { key: 'feature', value: ' ', reason: 'invalid-value' },
      { key: 'feature', value: long, reason: 'invalid-value' },
      { key: 'feature', value: 'caching', reason: 'repeated' },
    ]);
  });

  test('leaves the quiz’s keys, the other tool’s keys and unknown keys to others', () => {
    const { values, ignored } = readFeatureQuery(
      '?users=under-10&integrate-stage=nope&mystery=1&feature=cdn',
      known,
      passThrough,
    );
    expect(values.selection).toEqual({ kind: 'feature', id: 'cdn' });
    expect(ignored).toEqual([]);
  });

  test('gives nothing for an empty link', () => {
    expect(readFeatureQuery('', known, passThrough)).toEqual({
      values: { selection: undefined, stage: undefined },
      ignored: [],
    });
  });
});

describe('readIntegrateQuery', () => {
  test('reads a stage and a start date', () => {
    expect(
      readIntegrateQuery(
        '?integrate-stage=alpha&integrate-start=2026-11-02',
        ['alpha'],
        passThrough,
      ),
    ).toEqual({ values: { stage: 'alpha', start: '2026-11-02' }, ignored: [] });
  });

  test('passes a date the calendar lacks on to the tool, which explains it', () => {
    expect(
      readIntegrateQuery('?integrate-start=2026-02-30', ['alpha'], passThrough).values.start,
    ).toBe('2026-02-30');
  });

  test('reports a start that is not written as a date and an unknown stage', () => {
    expect(
      readIntegrateQuery(
        '?integrate-start=yesterday&integrate-stage=omega&feature=x',
        ['alpha'],
        passThrough,
      ),
    ).toEqual({
      values: { stage: undefined, start: undefined },
      ignored: [
        { key: 'integrate-start', value: 'yesterday', reason: 'invalid-value' },
        { key: 'integrate-stage', value: 'omega', reason: 'invalid-value' },
      ],
    });
  });
});

describe('featureParam', () => {
  test('is the id, the trimmed words, or nothing', () => {
    expect(featureParam({ kind: 'feature', id: 'cdn' })).toBe('cdn');
    expect(featureParam({ kind: 'other', text: ' Kubernetes ' })).toBe('Kubernetes');
    expect(featureParam({ kind: 'other', text: ' ' })).toBeUndefined();
    expect(featureParam({ kind: 'none' })).toBeUndefined();
  });
});

describe('withOwnParams', () => {
  test('keeps every other key in place and puts the tool’s keys after them', () => {
    expect(
      withOwnParams('?users=under-10&feature=old&uptime=a&uptime=b', [
        [FEATURE_KEYS.feature, 'cdn'],
        [FEATURE_KEYS.stage, 'beta'],
      ]),
    ).toBe('?users=under-10&uptime=a&uptime=b&feature=cdn&feature-stage=beta');
  });

  test('removes the tool’s keys when their values are empty', () => {
    expect(
      withOwnParams('?integrate-stage=alpha&integrate-start=2026-01-01&users=x', [
        [INTEGRATE_KEYS.stage, undefined],
        [INTEGRATE_KEYS.start, ''],
      ]),
    ).toBe('?users=x');
    expect(withOwnParams('?feature=cdn', [[FEATURE_KEYS.feature, undefined]])).toBe('');
  });

  test('encodes the reader’s words', () => {
    const search = withOwnParams('', [[FEATURE_KEYS.feature, 'A&B = C/D']]);
    expect(new URLSearchParams(search).get('feature')).toBe('A&B = C/D');
  });
});
