/**
 * The content rule about the site's readings: every place where the guide disagrees with itself
 * (as the site computes it for /disagreements/ and the feature advisor) has the site's reading
 * in `features.yaml`, and no reading answers a disagreement that no longer exists. It runs the
 * widgets' own derivation, so it lives here rather than in src/schemas, which imports no logic.
 */
import { deriveFeatureStatements } from '../lib/features/statements.ts';
import type { ChecklistData } from '../schemas/checklists.ts';
import { byCollection } from '../schemas/feature-rules.ts';
import type { FeatureData } from '../schemas/features.ts';
import type { MatrixData } from '../schemas/matrices.ts';
import { checkStructure, type CheckedEntry as Entry, type Problem } from '../schemas/rules.ts';
import type { StageData } from '../schemas/stages.ts';
import type { TermData } from '../schemas/vocabulary.ts';

/** Every feature and stage where the guide's places disagree, as the site computes them. */
function computedDisagreements(entries: readonly Entry[]) {
  const terms = byCollection<TermData>(entries, 'vocabulary');
  return deriveFeatureStatements({
    stages: byCollection<StageData>(entries, 'stages'),
    matrices: byCollection<MatrixData>(entries, 'matrices'),
    checklists: byCollection<ChecklistData>(entries, 'checklists'),
    features: byCollection<FeatureData>(entries, 'features'),
    labels: new Map(terms.map((t) => [t.id, t.data])),
  }).flatMap((f) => f.disagreements);
}

/**
 * Every computed disagreement has the site's reading in `features.yaml`, and every reading
 * answers a disagreement that still exists; an alias note names one of the feature's aliases.
 */
export function checkFeatureReadings(entries: readonly Entry[]): Problem[] {
  // The readings answer the computed disagreements, which mean nothing on a broken structure.
  if (checkStructure(entries).length > 0) return [];
  const features = byCollection<FeatureData>(entries, 'features');
  const found = computedDisagreements(entries);
  const file = (id: string) => features.find((f) => f.id === id)?.file ?? 'content/features.yaml';
  const missing = found
    .filter((d) => features.find((f) => f.id === d.feature)?.data.readings?.[d.stage] === undefined)
    .map((d) => ({
      file: file(d.feature),
      path: `${d.feature}.readings.${d.stage}`,
      message: `received no reading; expected one sentence of the site's reading, because the guide's places disagree here: ${d.sentence}`,
    }));
  const stale = features.flatMap((f) =>
    Object.keys(f.data.readings ?? {})
      .filter((stage) => !found.some((d) => d.feature === f.id && d.stage === stage))
      .map((stage) => ({
        file: f.file,
        path: `${f.id}.readings.${stage}`,
        message: `received a reading for "${stage}", where the guide's places do not disagree about "${f.id}" (or which is not a stage); expected readings only where they disagree: ${listed(found.filter((d) => d.feature === f.id).map((d) => d.stage))}`,
      })),
  );
  const notes = features.flatMap((f) =>
    (f.data.aliasNotes ?? []).flatMap((n, i) =>
      (f.data.aliases ?? []).includes(n.alias)
        ? []
        : [
            {
              file: f.file,
              path: `${f.id}.aliasNotes[${i}].alias`,
              message: `received "${n.alias}"; expected one of the feature's aliases: ${listed(f.data.aliases ?? [])}`,
            },
          ],
    ),
  );
  return [...missing, ...stale, ...notes];
}

function listed(ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.map((id) => `"${id}"`).join(', ');
}
