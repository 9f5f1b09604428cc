import { describe, expect, test } from 'vitest';
import { answerFeature, lookUpFeature } from '../../../../src/lib/decide/feature-answer.ts';
import type {
  FeatureFacts,
  FeatureRequirement,
  FeatureToolData,
  StageRule,
} from '../../../../src/lib/decide/feature-facts.ts';
import { cellWords, featureStatus } from '../../../../src/lib/decide/feature-status.ts';

// A made-up guide with three stages; none of the real content's facts are typed here.
const stage = (id: string, rule: string, mustHeading?: string): StageRule => ({
  id,
  shortName: id.toUpperCase(),
  rule,
  href: `/stages/${id}/`,
  ruleHref: `/decide/#add-feature-${id}`,
  mustHeading,
});
const req = (
  stageId: string,
  level: FeatureRequirement['level'],
  text: string,
): FeatureRequirement => ({
  stage: stageId,
  level,
  text,
  heading: `${level} heading`,
  href: `/stages/${stageId}/#${text.toLowerCase().replace(/ /g, '-')}`,
});
const feature = (id: string, fields: Partial<FeatureFacts> = {}): FeatureFacts => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  aliases: [],
  requirements: [],
  priorities: [],
  cells: [],
  ...fields,
});

const data: FeatureToolData = {
  stages: [
    stage('alpha', 'Only if it proves the idea', 'Must Have'),
    stage('beta', 'Only if it keeps things stable', 'Must Have (Add from ALPHA)'),
    stage('gamma', 'If it makes things faster', 'Must Have (Add from BETA)'),
  ],
  features: [
    feature('balancer', {
      aliases: ['LB'],
      requirements: [req('alpha', 'dont-need', 'Balancer'), req('beta', 'must', 'Balancer')],
      priorities: [
        { stage: 'beta', level: 'P0', text: 'Balancer', href: '/stages/beta/#p-balancer' },
      ],
      cells: [
        {
          stage: 'alpha',
          matrix: 'Parts',
          row: 'Balancer',
          level: 'no',
          href: '/compare/#parts--balancer',
        },
        {
          stage: 'gamma',
          matrix: 'Parts',
          row: 'Balancer',
          level: 'yes',
          text: 'Many',
          href: '/compare/#parts--balancer',
        },
      ],
    }),
    feature('docs', {
      requirements: [req('beta', 'nice', 'Basic docs'), req('beta', 'dont-need', 'Full docs')],
    }),
    feature('pager', {
      cells: [
        {
          stage: 'beta',
          matrix: 'Team',
          row: 'Pager',
          level: 'partial',
          href: '/compare/#team--pager',
        },
      ],
    }),
    feature('queue', {
      requirements: [req('alpha', 'must', 'Queue'), req('beta', 'should', 'Better queue')],
    }),
    feature('mesh', { requirements: [req('gamma', 'optional', 'Mesh')] }),
  ],
  words: {
    must: { label: 'Must have', symbol: '✅', description: 'Required.' },
    should: { label: 'Should have', description: 'Plan it.' },
    nice: { label: 'Nice to have', description: 'If it applies.' },
    'dont-need': { label: "Don't need yet", description: 'Premature.' },
    optional: { label: 'Optional (future)', description: 'Later.' },
    no: { label: 'No', description: 'Not in place.' },
    partial: { label: 'Partial', description: 'Partly.' },
    yes: { label: 'Yes', description: 'In place.' },
  },
};
const facts = (id: string) => {
  const found = data.features.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('answerFeature', () => {
  test('finds the first stage with a must-have requirement', () => {
    expect(answerFeature(data, facts('balancer'), undefined).requiredAt?.id).toBe('beta');
    expect(answerFeature(data, facts('mesh'), undefined).requiredAt).toBeUndefined();
  });

  test('lists what each stage says, with its priorities and matrix cells', () => {
    const { journey } = answerFeature(data, facts('balancer'), undefined);
    expect(journey.map((v) => v.stage.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(journey[0]?.standing).toEqual({
      kind: 'listed',
      requirements: [req('alpha', 'dont-need', 'Balancer')],
    });
    expect(journey[1]?.priorities.map((p) => p.level)).toEqual(['P0']);
    expect(journey[2]?.cells.map((c) => c.text)).toEqual(['Many']);
  });

  test('carries a must have forward to a later stage that does not list it', () => {
    const gamma = answerFeature(data, facts('balancer'), 'gamma').journey[2];
    expect(gamma?.standing).toEqual({
      kind: 'carried',
      since: data.stages[1],
      heading: 'Must Have (Add from BETA)',
    });
  });

  test('does not carry forward once a later stage lists the feature below must', () => {
    const { journey } = answerFeature(data, facts('queue'), 'gamma');
    expect(journey[1]?.standing.kind).toBe('listed');
    expect(journey[2]?.standing).toEqual({ kind: 'not-listed' });
  });

  test('keeps every item of a stage that lists the feature twice, each with its level', () => {
    const beta = answerFeature(data, facts('docs'), 'beta').chosen?.view.standing;
    expect(beta).toEqual({
      kind: 'listed',
      requirements: [req('beta', 'nice', 'Basic docs'), req('beta', 'dont-need', 'Full docs')],
    });
  });

  test('places the required stage before, at or after the reader’s', () => {
    const at = (stageId: string) => answerFeature(data, facts('balancer'), stageId).chosen;
    expect(at('alpha')).toMatchObject({ relation: 'later', steps: 1 });
    expect(at('beta')).toMatchObject({ relation: 'here', steps: 0 });
    expect(at('gamma')).toMatchObject({ relation: 'earlier', steps: 1 });
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

  test('answers words the guide does not name with the stage’s rule only', () => {
    expect(lookUpFeature(data, { kind: 'other', text: 'Blockchain' }, 'beta')).toEqual({
      kind: 'unnamed',
      typed: 'Blockchain',
      stage: data.stages[1],
    });
    expect(lookUpFeature(data, { kind: 'other', text: 'Balance' }, undefined)).toEqual({
      kind: 'unnamed',
      typed: 'Balance',
      stage: undefined,
    });
  });
});

describe('featureStatus', () => {
  const status = (selection: Parameters<typeof lookUpFeature>[1], stageId?: string) =>
    featureStatus(lookUpFeature(data, selection, stageId), data.words);

  test('says the level, when it becomes required and the rule', () => {
    expect(status({ kind: 'feature', id: 'balancer' }, 'alpha')).toBe(
      "Balancer at ALPHA: Don't need yet. It becomes a must have at BETA. Rule for ALPHA: Only if it proves the idea.",
    );
    expect(status({ kind: 'feature', id: 'balancer' }, 'beta')).toBe(
      'Balancer at BETA: Must have. Rule for BETA: Only if it keeps things stable.',
    );
  });

  test('names each item when a stage lists the feature twice', () => {
    expect(status({ kind: 'feature', id: 'docs' }, 'beta')).toBe(
      "Docs at BETA: Nice to have (Basic docs) and Don't need yet (Full docs). No stage lists it as a must have. Rule for BETA: Only if it keeps things stable.",
    );
  });

  test('says a must have carries forward', () => {
    expect(status({ kind: 'feature', id: 'balancer' }, 'gamma')).toBe(
      'Balancer at GAMMA: a must have since BETA. Rule for GAMMA: If it makes things faster.',
    );
  });

  test('falls back to the comparison matrix when no requirement names the feature', () => {
    expect(status({ kind: 'feature', id: 'pager' }, 'beta')).toBe(
      'Pager is not among the requirements of BETA. The comparison matrix says: Team, Pager: Partial. No stage lists it as a must have. Rule for BETA: Only if it keeps things stable.',
    );
  });

  test('asks for a stage when none is chosen', () => {
    expect(status({ kind: 'feature', id: 'balancer' })).toBe(
      'Balancer becomes a must have at BETA. Choose your stage for its rule.',
    );
    expect(status({ kind: 'feature', id: 'mesh' })).toBe(
      'Mesh: no stage lists it as a must have. Choose your stage for its rule.',
    );
  });

  test('says the guide does not name unknown words, with the rule', () => {
    expect(status({ kind: 'other', text: 'Blockchain' }, 'alpha')).toBe(
      'The guide does not name “Blockchain”. Rule for ALPHA: Only if it proves the idea.',
    );
    expect(status({ kind: 'other', text: 'Blockchain' })).toBe(
      'The guide does not name “Blockchain”.',
    );
  });

  test('is silent before there is an answer', () => {
    expect(status({ kind: 'none' }, 'alpha')).toBe('');
    expect(status({ kind: 'other', text: '' }, 'alpha')).toBe('');
  });
});

describe('cellWords', () => {
  test('gives a cell’s level words and text, or its text alone', () => {
    const cell = {
      stage: 'alpha',
      matrix: 'Parts',
      row: 'Servers',
      href: '/compare/#parts--servers',
    };
    expect(cellWords(data.words, { ...cell, level: 'partial', text: 'Basic' })).toBe(
      'Parts, Servers: Partial: Basic',
    );
    expect(cellWords(data.words, { ...cell, text: '1 instance' })).toBe(
      'Parts, Servers: 1 instance',
    );
    expect(cellWords(data.words, { ...cell, level: 'yes' })).toBe('Parts, Servers: Yes');
  });
});
