// The feature tool's data and answers, from the real content: each fact is looked up in content/
// and compared, so no level or stage is typed here.
import { describe, expect, test } from 'vitest';
import { lookUpFeature } from '../../../../../src/lib/decide/feature/answer.ts';
import { featureStatus } from '../../../../../src/lib/decide/feature/describe.ts';
import {
  collectStatements,
  deriveFeatureStatements,
} from '../../../../../src/lib/features/statements.ts';
import { sortStages } from '../../../../../src/lib/stages.ts';
import { realFeatureData } from '../../../../fixtures/decide-data.ts';
import { load } from '../../../../fixtures/real-content.ts';

const data = realFeatureData();
const stages = sortStages(load('stages'));
const features = load('features');
const sources = {
  stages,
  matrices: load('matrices'),
  checklists: load('checklists'),
  features,
  topicTitles: new Map(load('topics').map((t) => [t.id, t.data.title])),
  labels: new Map(load('vocabulary').map((t) => [t.id, t.data])),
};
const derived = deriveFeatureStatements(sources);

const named = (id: string, stageId?: string) => {
  const lookup = lookUpFeature(data, { kind: 'feature', id }, stageId);
  if (lookup.kind !== 'named') throw new Error(`expected a named answer for ${id}`);
  return lookup;
};

describe('the feature tool’s data', () => {
  test('has every stage in order with its rule', () => {
    expect(data.stages.map((s) => [s.id, s.rule])).toEqual(
      stages.map((s) => [s.id, s.data.addFeatureRule]),
    );
  });

  test('has every feature, sorted by name', () => {
    expect(data.features.map((f) => f.id).sort()).toEqual(features.map((f) => f.id).sort());
    const names = data.features.map((f) => f.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('carries every statement of the derivation, once, at its stage', () => {
    const all = collectStatements(sources);
    const carried = data.features.flatMap((f) =>
      f.stages.flatMap((s) =>
        s.places.map((p) => `${f.id}@${s.stage}:${p.place}:${p.href}:${p.text}`),
      ),
    );
    expect(carried.sort()).toEqual(
      all.map((s) => `${s.feature}@${s.stage}:${s.place}:${s.href}:${s.text}`).sort(),
    );
  });

  test('gives the same required stage and disagreements as the derivation', () => {
    for (const d of derived) {
      const facts = data.features.find((f) => f.id === d.feature.id);
      expect(facts?.requiredAt, d.feature.id).toBe(d.requiredAt?.stage);
      expect(facts?.stages.filter((s) => s.disagreement).map((s) => s.stage)).toEqual(
        d.disagreements.map((x) => x.stage),
      );
    }
  });

  test('gives every disagreement the site’s reading from the content', () => {
    for (const f of data.features) {
      const readings = features.find((x) => x.id === f.id)?.data.readings ?? {};
      for (const s of f.stages) {
        if (s.disagreement)
          expect(s.disagreement.reading, `${f.id}@${s.stage}`).toBe(readings[s.stage]);
      }
    }
  });

  test('has words for every level it shows', () => {
    const levels = new Set(
      data.features.flatMap((f) => f.stages.flatMap((s) => s.places.flatMap((p) => p.level ?? []))),
    );
    expect([...levels].filter((level) => data.words[level] === undefined)).toEqual([]);
  });
});

describe('answers from the real content', () => {
  test('never says no place requires a feature that some place requires', () => {
    for (const f of data.features) {
      const requiring = f.stages.some((s) => s.requiring.length + s.conditional.length > 0);
      const status = featureStatus(named(f.id), data.words);
      if (requiring) expect(status, f.id).not.toContain('no place of the guide requires it');
      else expect(status, f.id).toContain('no place of the guide requires it');
    }
  });

  // The features a review found answered "no stage lists it as a must have" although the guide
  // requires or expects them (issue 10).
  test.each([
    'ci-cd',
    'rate-limiting',
    'distributed-tracing',
    'caching',
    'input-validation',
    'security-audit',
    'on-call',
  ])('%s becomes required at the first stage where a place requires it', (id) => {
    const first = derived
      .find((d) => d.feature.id === id)
      ?.stages.find((s) => s.requiring.length > 0);
    expect(first, `some place requires ${id}`).toBeDefined();
    expect(named(id).answer.requiredAt?.stage.id).toBe(first?.stage);
  });

  test('at a stage where the places disagree, the answer says so and links the entry', () => {
    const cases = derived.flatMap((d) => d.disagreements);
    expect(cases.length).toBeGreaterThan(0);
    for (const d of cases) {
      const lookup = named(d.feature, d.stage);
      expect(featureStatus(lookup, data.words)).toContain('places disagree');
      expect(lookup.answer.chosen?.view.facts.disagreement).toMatchObject({
        sentence: d.sentence,
        href: `/disagreements/#${d.feature}--${d.stage}`,
      });
    }
  });

  test('every alias in the content finds its feature', () => {
    for (const f of features) {
      for (const alias of f.data.aliases ?? []) {
        const lookup = lookUpFeature(data, { kind: 'other', text: alias }, undefined);
        expect(lookup.kind === 'named' ? lookup.answer.feature.id : lookup.kind, alias).toBe(f.id);
      }
    }
  });

  test('an alias with a note says so, and links the other features it names', () => {
    const noted = features.flatMap((f) => (f.data.aliasNotes ?? []).map((n) => ({ f, n })));
    expect(noted.length).toBeGreaterThan(0);
    for (const { f, n } of noted) {
      const lookup = lookUpFeature(data, { kind: 'other', text: n.alias }, undefined);
      if (lookup.kind !== 'named') throw new Error(n.alias);
      expect(lookup.answer.feature.id).toBe(f.id);
      expect(lookup.answer.aliasNote?.note).toBe(n.note);
      expect(lookup.answer.aliasNote?.see.map((s) => s.id)).toEqual((n.see ?? []).map((r) => r.id));
      expect(featureStatus(lookup, data.words)).toContain(n.note);
    }
  });
});
