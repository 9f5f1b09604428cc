// The feature tool's data and answers, from the real content: each fact is looked up in content/
// and compared, so no level or stage is typed here.
import { describe, expect, test } from 'vitest';
import { lookUpFeature } from '../../../../src/lib/decide/feature-answer.ts';
import { featureStatus } from '../../../../src/lib/decide/feature-status.ts';
import { sortStages } from '../../../../src/lib/stages.ts';
import { realFeatureData } from '../../../fixtures/decide-data.ts';
import { load } from '../../../fixtures/real-content.ts';

const data = realFeatureData();
const stages = sortStages(load('stages'));
const features = load('features');
const matrices = load('matrices');

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

  test('carries every requirement and priority that names a feature, exactly once', () => {
    const requirements = stages.flatMap((s) =>
      s.data.requirements.flatMap((g) =>
        g.items.filter((i) => i.feature).map((i) => `${s.id}#${i.id}`),
      ),
    );
    const priorities = stages.flatMap((s) =>
      s.data.priorities.flatMap((g) =>
        g.items.filter((i) => i.feature).map((i) => `${s.id}#${i.id}`),
      ),
    );
    const href = (h: string) => h.replace(/^\/stages\/([^/]+)\/#/, '$1#');
    expect(data.features.flatMap((f) => f.requirements.map((r) => href(r.href))).sort()).toEqual(
      requirements.sort(),
    );
    expect(data.features.flatMap((f) => f.priorities.map((p) => href(p.href))).sort()).toEqual(
      priorities.sort(),
    );
  });

  test('carries one cell per stage for every matrix row about a feature', () => {
    const rows = matrices.flatMap((m) => m.data.rows.filter((r) => r.feature));
    expect(data.features.reduce((n, f) => n + f.cells.length, 0)).toBe(rows.length * stages.length);
  });

  test('links each fact to its stage item, matrix row and topic', () => {
    for (const f of data.features) {
      for (const r of f.requirements) expect(r.href).toMatch(/^\/stages\/[a-z-]+\/#[a-z0-9-]+$/);
      for (const c of f.cells) expect(c.href).toMatch(/^\/compare\/#[a-z0-9-]+--[a-z0-9-]+$/);
      const topic = features.find((x) => x.id === f.id)?.data.topic?.id;
      expect(f.topic?.href).toBe(topic ? `/topics/${topic}/` : undefined);
    }
  });

  test('has words for every level it shows', () => {
    const levels = new Set(
      data.features.flatMap((f) => [
        ...f.requirements.map((r) => r.level),
        ...f.priorities.map((p) => p.level),
        ...f.cells.flatMap((c) => (c.level ? [c.level] : [])),
      ]),
    );
    expect([...levels].filter((level) => data.words[level] === undefined)).toEqual([]);
  });
});

describe('answers from the real content', () => {
  const levels = ['must', 'should', 'nice', 'dont-need', 'optional'] as const;

  test.each(levels)(
    'a feature the guide names at level "%s" gets that level and its words',
    (level) => {
      const stage = stages.find((s) => s.data.requirements.some((g) => g.level === level));
      const group = stage?.data.requirements.find((g) => g.level === level);
      const item = group?.items.find((i) => i.feature);
      expect(item?.feature, `a ${level} item that names a feature`).toBeDefined();
      if (!stage || !item?.feature) return;
      const lookup = lookUpFeature(data, { kind: 'feature', id: item.feature.id }, stage.id);
      if (lookup.kind !== 'named') throw new Error(`expected a named answer, got ${lookup.kind}`);
      const standing = lookup.answer.chosen?.view.standing;
      expect(standing?.kind).toBe('listed');
      if (standing?.kind !== 'listed') return;
      expect(standing.requirements).toContainEqual(
        expect.objectContaining({
          level,
          text: item.text,
          href: `/stages/${stage.id}/#${item.id}`,
        }),
      );
      expect(featureStatus(lookup, data.words)).toContain(data.words[level]?.label);
      expect(featureStatus(lookup, data.words)).toContain(stage.data.addFeatureRule);
    },
  );

  test('a feature becomes required at the first stage with a must-have item for it', () => {
    for (const f of features) {
      const first = stages.find((s) =>
        s.data.requirements.some(
          (g) => g.level === 'must' && g.items.some((i) => i.feature?.id === f.id),
        ),
      );
      const lookup = lookUpFeature(data, { kind: 'feature', id: f.id }, undefined);
      if (lookup.kind !== 'named') throw new Error(f.id);
      expect(lookup.answer.requiredAt?.id, f.id).toBe(first?.id);
    }
  });

  test('a stage that names a feature twice shows both items with their own levels', () => {
    const twice = stages.flatMap((s) =>
      features.flatMap((f) => {
        const items = s.data.requirements.flatMap((g) =>
          g.items
            .filter((i) => i.feature?.id === f.id)
            .map((i) => ({ level: g.level, text: i.text })),
        );
        return items.length > 1 ? [{ stage: s.id, feature: f.id, items }] : [];
      }),
    );
    expect(twice.length, 'the content has a feature listed twice at one stage').toBeGreaterThan(0);
    for (const { stage, feature, items } of twice) {
      const lookup = lookUpFeature(data, { kind: 'feature', id: feature }, stage);
      if (lookup.kind !== 'named') throw new Error(feature);
      const standing = lookup.answer.chosen?.view.standing;
      expect(
        standing?.kind === 'listed'
          ? standing.requirements.map((r) => ({ level: r.level, text: r.text }))
          : [],
      ).toEqual(items);
    }
  });

  test('a feature known only from a matrix row is answered from the row', () => {
    const rowOnly = features.filter(
      (f) =>
        !stages.some((s) =>
          s.data.requirements.some((g) => g.items.some((i) => i.feature?.id === f.id)),
        ) && matrices.some((m) => m.data.rows.some((r) => r.feature?.id === f.id)),
    );
    expect(rowOnly.length, 'the content has a feature only a matrix row names').toBeGreaterThan(0);
    for (const f of rowOnly) {
      for (const s of stages) {
        const lookup = lookUpFeature(data, { kind: 'feature', id: f.id }, s.id);
        if (lookup.kind !== 'named') throw new Error(f.id);
        expect(lookup.answer.chosen?.view.standing.kind).toBe('not-listed');
        expect(lookup.answer.chosen?.relation).toBe('never');
        expect(lookup.answer.chosen?.view.cells.length).toBeGreaterThan(0);
        expect(featureStatus(lookup, data.words)).toContain('comparison matrix');
      }
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
});
