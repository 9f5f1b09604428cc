// The quiz's next-stage list and the advisor read one derivation: every feature some place of the
// guide requires at a stage is either named by that stage's must-haves or listed as "also
// required", with the places that require it. Checked on the real content, results not typed.
import { describe, expect, test } from 'vitest';
import { deriveFeatureStatements } from '../../../../src/lib/features/statements.ts';
import { alsoRequiredAt } from '../../../../src/lib/quiz/build.ts';
import { sortStages } from '../../../../src/lib/stages.ts';
import { load } from '../../../fixtures/real-content.ts';

const stages = sortStages(load('stages'));
const derived = deriveFeatureStatements({
  stages,
  matrices: load('matrices'),
  checklists: load('checklists'),
  features: load('features'),
  labels: new Map(load('vocabulary').map((t) => [t.id, t.data])),
});

describe('what the quiz lists as required at the next stage', () => {
  test.each(stages.map((s) => [s.data.shortName, s.id] as const))(
    '%s: every feature the derivation requires is a must-have or also required, never both',
    (_name, stageId) => {
      const also = new Set(alsoRequiredAt(stageId, derived).map((a) => a.featureId));
      for (const f of derived) {
        const requiring = f.stages.find((v) => v.stage === stageId)?.requiring ?? [];
        const inMustList = requiring.some((s) => s.place === 'requirement' && s.level === 'must');
        expect(also.has(f.feature.id), f.feature.id).toBe(requiring.length > 0 && !inMustList);
      }
    },
  );

  test('a feature required only outside the requirement lists is listed with those places', () => {
    // The review's case: a feature some stage requires only through its matrix cell, success
    // criterion or migration task (CI/CD at Production is one) was answered "no must have".
    const outside = derived.flatMap((f) =>
      f.stages
        .filter(
          (v) =>
            v.requiring.length > 0 &&
            !v.requiring.some((s) => s.place === 'requirement' && s.level === 'must'),
        )
        .map((v) => ({ feature: f.feature.id, stage: v.stage, places: v.requiring })),
    );
    expect(outside.length).toBeGreaterThan(0);
    for (const { feature, stage, places } of outside) {
      const listed = alsoRequiredAt(stage, derived).find((a) => a.featureId === feature);
      expect(listed?.places.map((p) => p.href)).toEqual(places.map((p) => p.href));
    }
  });
});
