import { describe, expect, test } from 'vitest';
import type { FeatureStatements } from '../../../src/lib/features/statements.ts';
import { isTopicListed, topicNeeds } from '../../../src/lib/topic-needs.ts';
import { stageEntry } from '../../fixtures/entries.ts';

type Doc = { id: string; topic?: string; label?: string; [key: string]: unknown };

/** A stage whose documentation needs are `docs` (need → items) and whose key documents are `keyDocs`. */
function stage(id: string, order: number, docs: Record<string, Doc[]>, keyDocs = ['unrelated']) {
  return stageEntry(id, {
    order,
    docs: Object.entries(docs).map(([need, items]) => ({ need, items })),
    keyDocs,
  });
}

const ALL_EARLIER: Doc = { id: 'all-earlier', label: 'Everything before', allEarlier: true };

describe('topicNeeds', () => {
  test('gives one row per stage, in stage order, even for stages that do not list the topic', () => {
    const rows = topicNeeds('logs', [
      stage('late', 2, { essential: [{ id: 'd1', topic: 'other' }] }),
      stage('early', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
    ]);
    expect(rows.map((r) => r.stageId)).toEqual(['early', 'late']);
    expect(rows[1]?.needs).toEqual([]);
  });

  test('gives the need, priority, qualifier and note a stage lists for the topic', () => {
    const [row] = topicNeeds('logs', [
      stage('early', 1, {
        reference: [
          { id: 'd1', topic: 'logs', priority: 'P1', qualifier: 'basic', note: 'A note' },
        ],
      }),
    ]);
    expect(row?.needs).toEqual([
      { need: 'reference', priority: 'P1', qualifier: 'basic', note: 'A note' },
    ]);
  });

  test('leaves out the fields a listing does not give', () => {
    const [row] = topicNeeds('logs', [
      stage('early', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
    ]);
    expect(row?.needs).toEqual([{ need: 'essential' }]);
  });

  // Issue 10: the skip item's own words ("advanced security") were dropped, so a table read "Skip".
  test('gives every listing of the topic in a stage, skip included, with its own words', () => {
    const [row] = topicNeeds('logs', [
      stage('early', 1, {
        essential: [{ id: 'd1', topic: 'logs', qualifier: 'basic' }],
        skip: [{ id: 'd2', topic: 'logs', label: 'advanced logs' }],
      }),
    ]);
    expect(row?.needs).toEqual([
      { need: 'essential', qualifier: 'basic' },
      { need: 'skip', label: 'advanced logs' },
    ]);
  });

  test('marks the stages whose key documents include the topic', () => {
    const rows = topicNeeds('logs', [
      stage('early', 1, { essential: [{ id: 'd1', topic: 'other' }] }, ['logs']),
      stage('late', 2, { essential: [{ id: 'd1', topic: 'other' }] }, ['other']),
    ]);
    expect(rows.map((r) => [r.stageId, r.keyDoc])).toEqual([
      ['early', true],
      ['late', false],
    ]);
  });

  describe('an "all earlier" item', () => {
    test('passes its need to a topic an earlier stage lists as essential', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
        stage('second', 2, { essential: [{ id: 'd1', topic: 'other' }] }),
        stage('third', 3, { reference: [ALL_EARLIER] }),
      ]);
      expect(rows.map((r) => r.needs)).toEqual([
        [{ need: 'essential' }],
        [],
        [{ need: 'reference', via: 'Everything before' }],
      ]);
    });

    test('passes its need to a topic an earlier stage lists for reference', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { reference: [{ id: 'd1', topic: 'logs' }] }),
        stage('second', 2, { essential: [ALL_EARLIER] }),
      ]);
      expect(rows[1]?.needs).toEqual([{ need: 'essential', via: 'Everything before' }]);
    });

    test('does not pass its need to a topic an earlier stage only skips', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { skip: [{ id: 'd1', topic: 'logs' }] }),
        stage('second', 2, { reference: [ALL_EARLIER] }),
      ]);
      expect(rows[1]?.needs).toEqual([]);
    });

    test('does not pass its need to a topic only a later stage lists', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { reference: [ALL_EARLIER] }),
        stage('second', 2, { essential: [{ id: 'd1', topic: 'logs' }] }),
      ]);
      expect(rows[0]?.needs).toEqual([]);
    });

    test('does not pass its need to a topic no stage lists', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { essential: [{ id: 'd1', topic: 'other' }] }),
        stage('second', 2, { reference: [ALL_EARLIER] }),
      ]);
      expect(rows[1]?.needs).toEqual([]);
    });

    test('adds nothing when its own stage lists the topic directly before it', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
        stage('second', 2, {
          essential: [{ id: 'd1', topic: 'logs', priority: 'P0' }],
          reference: [ALL_EARLIER],
        }),
      ]);
      expect(rows[1]?.needs).toEqual([{ need: 'essential', priority: 'P0' }]);
    });

    test('adds nothing when its own stage lists the topic directly after it', () => {
      const rows = topicNeeds('logs', [
        stage('first', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
        stage('second', 2, {
          reference: [ALL_EARLIER],
          essential: [{ id: 'd1', topic: 'logs', priority: 'P0' }],
        }),
      ]);
      expect(rows[1]?.needs).toEqual([{ need: 'essential', priority: 'P0' }]);
    });
  });
});

describe('isTopicListed', () => {
  test('is true when a stage lists the topic', () => {
    const rows = topicNeeds('logs', [stage('first', 1, { skip: [{ id: 'd1', topic: 'logs' }] })]);
    expect(isTopicListed(rows)).toBe(true);
  });

  test('is true when the topic is only a key document', () => {
    const rows = topicNeeds('logs', [
      stage('first', 1, { essential: [{ id: 'd1', topic: 'other' }] }, ['logs']),
    ]);
    expect(isTopicListed(rows)).toBe(true);
  });

  test('is false when no stage lists the topic or keeps it as a key document', () => {
    const rows = topicNeeds('logs', [
      stage('first', 1, { essential: [{ id: 'd1', topic: 'other' }] }),
    ]);
    expect(isTopicListed(rows)).toBe(false);
  });

  test('is false for no stages', () => {
    expect(isTopicListed([])).toBe(false);
  });
});

describe('topicNeeds with the features the topic covers', () => {
  const view = (stage: string, fields: Partial<FeatureStatements['stages'][number]> = {}) => ({
    stage,
    statements: [],
    requiring: [],
    conditional: [],
    ...fields,
  });
  const statement = {
    feature: 'logs',
    stage: 'early',
    place: 'matrix' as const,
    text: '',
    href: '/compare/#t--logs',
    context: 'T: Logs',
    requires: true,
  };
  const covered: FeatureStatements[] = [
    {
      feature: { id: 'logs', name: 'Logs' },
      stages: [
        view('early', {
          requiring: [statement],
          disagreement: {
            feature: 'logs',
            stage: 'early',
            kind: 'unlisted',
            requiring: [statement],
            against: [],
            sentence: 'S.',
          },
        }),
        view('late', { carriedFrom: 'early' }),
      ],
      disagreements: [],
    },
  ];

  test('says at each stage whether the guide requires each feature, from the derivation', () => {
    const rows = topicNeeds(
      'logs',
      [
        stage('early', 1, { essential: [{ id: 'd1', topic: 'logs' }] }),
        stage('late', 2, { essential: [{ id: 'd1', topic: 'other' }] }),
      ],
      covered,
    );
    expect(rows.map((r) => r.features)).toEqual([
      [
        {
          featureId: 'logs',
          name: 'Logs',
          state: 'required',
          disagreementHref: '/disagreements/#logs--early',
        },
      ],
      [{ featureId: 'logs', name: 'Logs', state: 'carried', since: 'early' }],
    ]);
  });
});
