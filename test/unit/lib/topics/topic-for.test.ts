import { describe, expect, test } from 'vitest';
import type { StageEntry } from '../../../../src/lib/stages.ts';
import {
  firstStage,
  groupByKind,
  groupByStage,
  readingOrder,
} from '../../../../src/lib/topics/order.ts';
import {
  featureTopics,
  itemFeatureIds,
  requirementsForTopic,
  topicFor,
  topicsForItem,
} from '../../../../src/lib/topics/topic-for.ts';
import { load } from '../../../fixtures/real-content.ts';

const links = featureTopics([
  { id: 'backups', data: { topic: { id: 'backups' } } },
  { id: 'cdn', data: {} },
  { id: 'alerting', data: { topic: { id: 'prometheus' } } },
]);

describe('topicFor', () => {
  test('gives the topic of a feature that has one, and nothing otherwise', () => {
    expect(topicFor('backups', links)).toBe('backups');
    expect(topicFor('cdn', links)).toBeUndefined();
    expect(topicFor('no-such-feature', links)).toBeUndefined();
  });

  test('an item leads to the topics of the features it links, in order, without repeats', () => {
    expect(itemFeatureIds({ features: [{ id: 'alerting' }] })).toEqual(['alerting']);
    expect(topicsForItem({ features: [{ id: 'alerting' }] }, links)).toEqual(['prometheus']);
    expect(topicsForItem({}, links)).toEqual([]);
    expect(topicsForItem({ features: [{ id: 'cdn' }] }, links)).toEqual([]);
    expect(
      topicsForItem({ features: [{ id: 'backups' }, { id: 'cdn' }, { id: 'alerting' }] }, links),
    ).toEqual(['backups', 'prometheus']);
  });
});

describe('on the real content', () => {
  const stages: StageEntry[] = load('stages');
  const real = featureTopics(load('features'));

  test("the MVP's database backups requirement leads to the backups topic as a must have", () => {
    const rows = requirementsForTopic('backups', stages, real);
    expect(rows.find((r) => r.stageId === 'mvp')?.level).toBe('must');
  });

  test('the first stage that asks for disaster recovery is the last stage', () => {
    const ids = [...stages].sort((a, b) => a.data.order - b.data.order).map((s) => s.id);
    const rows = requirementsForTopic('disaster-recovery', stages, real);
    expect(firstStage(ids, [], rows)).toBe(ids.at(-1));
  });
});

describe('grouping and reading order', () => {
  const stageIds = ['poc', 'mvp', 'production'];
  const topic = (id: string, kind: 'reliability' | 'planning', first?: string) => ({
    id,
    title: id.toUpperCase(),
    kind,
    firstStage: first,
  });
  const topics = [
    topic('zeta', 'reliability', 'poc'),
    topic('alpha', 'reliability', 'production'),
    topic('plan', 'planning'),
    topic('beta', 'reliability'),
  ];

  test('reading order: kinds in order, then first stage, then title; unplaced last in its kind', () => {
    expect(readingOrder(topics, stageIds).map((t) => t.id)).toEqual([
      'plan',
      'zeta',
      'alpha',
      'beta',
    ]);
  });

  test('by stage: lifecycle order, then one group for topics no stage asks for', () => {
    expect(
      groupByStage(topics, stageIds).map((g) => [g.stageId, g.topics.map((t) => t.id)]),
    ).toEqual([
      ['poc', ['zeta']],
      ['production', ['alpha']],
      [undefined, ['beta', 'plan']],
    ]);
  });

  test('by kind: empty kinds are left out', () => {
    expect(groupByKind(topics, stageIds).map((g) => g.kind)).toEqual(['planning', 'reliability']);
  });

  test('a skipped documentation need does not place a topic', () => {
    const needs = [
      { stageId: 'poc', keyDoc: false, needs: [{ need: 'skip' as const }], features: [] },
    ];
    expect(firstStage(stageIds, needs, [])).toBeUndefined();
    expect(
      firstStage(stageIds, needs, [{ stageId: 'mvp', level: 'nice', itemId: 'x', text: 'x' }]),
    ).toBeUndefined();
    expect(
      firstStage(stageIds, needs, [{ stageId: 'mvp', level: 'should', itemId: 'x', text: 'x' }]),
    ).toBe('mvp');
  });
});
