import { test } from 'vitest';
import { deriveFeatureStatements } from '../../../../src/lib/features/statements.ts';
import { load } from '../../../../test/fixtures/real-content.ts';
test('probe', () => {
  const r = deriveFeatureStatements({
    stages: load('stages'), matrices: load('matrices'), checklists: load('checklists'), features: load('features'),
    labels: new Map(load('vocabulary').map((t) => [t.id, t.data])),
  });
  for (const f of r) {
    console.log(`${f.feature.id}: required ${f.requiredAt?.stage ?? '-'}${f.requiredIf ? ' if@' + f.requiredIf.stage : ''}`);
    for (const d of f.disagreements) console.log(`   ${d.stage} [${d.kind}] ${d.sentence}`);
  }
});
