import { describe, expect, test } from 'vitest';
import { pageFilterTags, stagesNeedingTopic } from '../../../../src/lib/search/page-filters.ts';
import { searchStrings } from '../../../../src/lib/search/strings.ts';
import type { TopicNeedRow } from '../../../../src/lib/topic-needs.ts';

const { filters, kinds } = searchStrings;

describe('pageFilterTags', () => {
  test('declares the page type by its label and each stage by the name it is given', () => {
    expect(pageFilterTags('checklist', ['Alpha', 'Beta'])).toEqual([
      { key: filters.kind.key, value: kinds.checklist },
      { key: filters.stage.key, value: 'Alpha' },
      { key: filters.stage.key, value: 'Beta' },
    ]);
  });

  test('declares only the page type when the page is about no stage in particular', () => {
    expect(pageFilterTags('guide')).toEqual([{ key: filters.kind.key, value: kinds.guide }]);
  });

  test('drops blank and repeated stage names, keeping the order given', () => {
    const tags = pageFilterTags('topic', ['Beta', ' ', 'Alpha', 'Beta', ' Alpha ']);
    expect(tags.filter((t) => t.key === filters.stage.key).map((t) => t.value)).toEqual([
      'Beta',
      'Alpha',
    ]);
  });
});

describe('stagesNeedingTopic', () => {
  const row = (stageId: string, needs: TopicNeedRow['needs'], keyDoc = false): TopicNeedRow => ({
    stageId,
    needs,
    keyDoc,
    features: [],
  });

  test('keeps stages that list the topic as essential or reference, in row order', () => {
    expect(
      stagesNeedingTopic([
        row('alpha', [{ need: 'reference' }]),
        row('beta', []),
        row('gamma', [{ need: 'essential', priority: 'P0' }]),
      ]),
    ).toEqual(['alpha', 'gamma']);
  });

  test('leaves out a stage that lists the topic only under Skip', () => {
    expect(stagesNeedingTopic([row('alpha', [{ need: 'skip' }])])).toEqual([]);
  });

  test('keeps a stage that names the topic as a key document, or needs it through a general line', () => {
    expect(
      stagesNeedingTopic([
        row('alpha', [], true),
        row('beta', [{ need: 'reference', via: 'All previous stage documentation' }]),
        row('gamma', [{ need: 'skip' }, { need: 'essential' }]),
      ]),
    ).toEqual(['alpha', 'beta', 'gamma']);
  });

  test('gives nothing for no rows', () => {
    expect(stagesNeedingTopic([])).toEqual([]);
  });
});
