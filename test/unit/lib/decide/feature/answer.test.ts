import { describe, expect, test } from 'vitest';
import { answerFeature, lookUpFeature } from '../../../../../src/lib/decide/feature/answer.ts';
import type {
  FeatureFacts,
  FeatureStage,
  FeatureToolData,
  Place,
  StageRule,
} from '../../../../../src/lib/decide/feature/build.ts';
import { featureStatus } from '../../../../../src/lib/decide/feature/describe.ts';

// A made-up guide with three stages; none of the real content's facts are typed here.
const stage = (id: string, rule: string): StageRule => ({
  id,
  shortName: id.toUpperCase(),
  rule,
  href: `/stages/${id}/`,
  ruleHref: `/decide/#add-feature-${id}`,
});
const req = (level: Place['level'], text: string): Place => ({
  place: 'requirement',
  level,
  text,
  href: `/stages/x/#${text.toLowerCase().replace(/ /g, '-')}`,
  context: `${String(level)} heading`,
  requires: level === 'must',
});
const cell = (level: Place['level'], text = ''): Place => ({
  place: 'matrix',
  level,
  text,
  href: '/compare/#parts--row',
  context: 'Parts: Row',
  requires: level === 'yes',
});
const at = (id: string, places: Place[], extra: Partial<FeatureStage> = {}): FeatureStage => ({
  stage: id,
  places,
  requiring: places.flatMap((p, i) => (p.requires && !p.condition ? [i] : [])),
  conditional: places.flatMap((p, i) => (p.requires && p.condition ? [i] : [])),
  ...extra,
});
const feature = (id: string, fields: Partial<FeatureFacts> = {}): FeatureFacts => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  aliases: [],
  aliasNotes: [],
  stages: [at('alpha', []), at('beta', []), at('gamma', [])],
  ...fields,
});

const data: FeatureToolData = {
  stages: [
    stage('alpha', 'Only if it proves the idea'),
    stage('beta', 'Only if it keeps things stable'),
    stage('gamma', 'If it makes things faster'),
  ],
  features: [
    feature('balancer', {
      aliases: ['LB', 'Proxy'],
      aliasNotes: [
        { alias: 'Proxy', note: 'A proxy is also a cache.', see: [{ id: 'cache', name: 'Cache' }] },
      ],
      stages: [
        at('alpha', [req('dont-need', 'Balancer'), cell('no')]),
        at('beta', [req('must', 'Balancer')]),
        at('gamma', [], { carriedFrom: 'beta' }),
      ],
      requiredAt: 'beta',
    }),
    feature('cache', {
      stages: [
        at('alpha', []),
        at('beta', [req('should', 'Smart cache'), cell('yes', 'Fast')], {
          disagreement: {
            sentence: 'The table says yes, while the list says should.',
            reading: 'Plan it.',
            href: '/disagreements/#cache--beta',
          },
        }),
        at('gamma', [], { carriedFrom: 'beta' }),
      ],
      requiredAt: 'beta',
    }),
    feature('mesh', {
      stages: [
        at('alpha', []),
        at('beta', []),
        at('gamma', [
          {
            ...req('should', 'Mesh (if many services)'),
            requires: true,
            condition: 'if many services',
          },
        ]),
      ],
      requiredIf: 'gamma',
    }),
    feature('pager', { stages: [at('alpha', []), at('beta', [cell('partial')]), at('gamma', [])] }),
  ],
  words: {
    must: { label: 'Must have', symbol: '✅', description: 'Required.' },
    should: { label: 'Should have', description: 'Plan it.' },
    'dont-need': { label: "Don't need yet", description: 'Not yet.' },
    no: { label: 'No', description: 'Not in place.' },
    partial: { label: 'Partial', description: 'Partly.' },
    yes: { label: 'Yes', description: 'In place.' },
  },
  disagreementsHref: '/disagreements/',
};
const facts = (id: string) => {
  const found = data.features.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('answerFeature', () => {
  test('gives the stage where the feature becomes required, outright or under a condition', () => {
    expect(answerFeature(data, facts('balancer'), undefined).requiredAt?.stage.id).toBe('beta');
    const mesh = answerFeature(data, facts('mesh'), undefined);
    expect(mesh.requiredAt).toBeUndefined();
    expect(mesh.requiredIf?.stage.id).toBe('gamma');
    expect(answerFeature(data, facts('pager'), undefined).requiredIf).toBeUndefined();
  });

  test('lists every stage in order with what its places say', () => {
    const { journey } = answerFeature(data, facts('balancer'), undefined);
    expect(journey.map((v) => v.stage.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(journey[0]?.facts.places.map((p) => p.place)).toEqual(['requirement', 'matrix']);
    expect(journey[2]?.facts.carriedFrom).toBe('beta');
  });

  test('places the required stage before, at or after the reader’s', () => {
    const chosen = (stageId: string) => answerFeature(data, facts('balancer'), stageId).chosen;
    expect(chosen('alpha')).toMatchObject({ relation: 'later', steps: 1 });
    expect(chosen('beta')).toMatchObject({ relation: 'here', steps: 0 });
    expect(chosen('gamma')).toMatchObject({ relation: 'earlier', steps: 1 });
    expect(answerFeature(data, facts('mesh'), 'alpha').chosen).toMatchObject({
      relation: 'never',
    });
  });

  test('has no chosen stage for an unknown or missing stage', () => {
    expect(answerFeature(data, facts('mesh'), 'omega').chosen).toBeUndefined();
    expect(answerFeature(data, facts('mesh'), undefined).chosen).toBeUndefined();
  });
});

describe('lookUpFeature', () => {
  test('has nothing to say before a choice or for an unknown id', () => {
    expect(lookUpFeature(data, { kind: 'none' }, 'alpha')).toEqual({ kind: 'nothing' });
    expect(lookUpFeature(data, { kind: 'feature', id: 'omega' }, 'alpha')).toEqual({
      kind: 'nothing',
    });
  });

  test('waits for words when "something else" is empty', () => {
    expect(lookUpFeature(data, { kind: 'other', text: '  ' }, 'alpha')).toEqual({
      kind: 'awaiting-text',
    });
  });

  test('answers a feature picked from the list', () => {
    const lookup = lookUpFeature(data, { kind: 'feature', id: 'pager' }, 'beta');
    expect(lookup).toMatchObject({ kind: 'named', answer: { feature: { id: 'pager' } } });
    expect(lookup).not.toHaveProperty('typed', expect.anything());
  });

  test('matches typed words by name or alias, and says which words matched', () => {
    expect(lookUpFeature(data, { kind: 'other', text: 'BALANCER' }, 'beta')).toMatchObject({
      kind: 'named',
      typed: undefined,
    });
    expect(lookUpFeature(data, { kind: 'other', text: ' lb ' }, 'beta')).toMatchObject({
      kind: 'named',
      answer: { feature: { id: 'balancer' } },
      typed: 'lb',
    });
  });

  test('gives the note of an alias that also names another feature’s use', () => {
    const lookup = lookUpFeature(data, { kind: 'other', text: 'proxy' }, 'beta');
    expect(lookup).toMatchObject({
      kind: 'named',
      answer: { aliasNote: { alias: 'Proxy', see: [{ id: 'cache' }] } },
    });
    expect(featureStatus(lookup, data.words)).toMatch(/^A proxy is also a cache\. /);
  });

  test('answers words the guide does not name with the stage’s rule only', () => {
    expect(lookUpFeature(data, { kind: 'other', text: 'Blockchain' }, 'beta')).toEqual({
      kind: 'unnamed',
      typed: 'Blockchain',
      stage: data.stages[1],
    });
  });
});

describe('featureStatus', () => {
  const status = (selection: Parameters<typeof lookUpFeature>[1], stageId?: string) =>
    featureStatus(lookUpFeature(data, selection, stageId), data.words);

  test('says what each place says, when it becomes required and the rule', () => {
    expect(status({ kind: 'feature', id: 'balancer' }, 'alpha')).toBe(
      "Balancer at ALPHA: Don't need yet; No. It becomes required at BETA. Rule for ALPHA: Only if it proves the idea.",
    );
    expect(status({ kind: 'feature', id: 'balancer' }, 'beta')).toBe(
      'Balancer at BETA: Must have. It becomes required at BETA, your stage. Rule for BETA: Only if it keeps things stable.',
    );
  });

  test('says a requirement carries forward', () => {
    expect(status({ kind: 'feature', id: 'balancer' }, 'gamma')).toBe(
      'Balancer at GAMMA: required since BETA. It has been required since BETA. Rule for GAMMA: If it makes things faster.',
    );
  });

  test('says when the guide’s places disagree', () => {
    expect(status({ kind: 'feature', id: 'cache' }, 'beta')).toBe(
      'Cache at BETA: Should have; Yes (Fast). The guide’s places disagree here; the answer below says how. It becomes required at BETA, your stage. Rule for BETA: Only if it keeps things stable.',
    );
  });

  test('never says no place requires a feature that a place requires under a condition', () => {
    expect(status({ kind: 'feature', id: 'mesh' }, 'alpha')).toBe(
      'The guide does not name Mesh at ALPHA. No place requires it outright; at GAMMA some require it under a condition. Rule for ALPHA: Only if it proves the idea.',
    );
  });

  test('says no place requires a feature only when none does', () => {
    expect(status({ kind: 'feature', id: 'pager' }, 'beta')).toBe(
      'Pager at BETA: Partial. No place of the guide requires it at any stage. Rule for BETA: Only if it keeps things stable.',
    );
    expect(status({ kind: 'feature', id: 'pager' })).toBe(
      'Pager: no place of the guide requires it at any stage. Choose your stage for its rule.',
    );
  });

  test('says the guide does not name unknown words, with the rule', () => {
    expect(status({ kind: 'other', text: 'Blockchain' }, 'alpha')).toBe(
      'The guide does not name “Blockchain”. Rule for ALPHA: Only if it proves the idea.',
    );
  });

  test('is silent before there is an answer', () => {
    expect(status({ kind: 'none' }, 'alpha')).toBe('');
    expect(status({ kind: 'other', text: '' }, 'alpha')).toBe('');
  });
});
