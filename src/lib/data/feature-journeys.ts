import type { FeatureData } from '../../schemas/features.ts';
import type { FeatureJourney, FeatureStatement } from '../../schemas/guide-data.ts';
import {
  deriveFeatureStatements,
  type Statement,
  type StatementSources,
} from '../features/statements.ts';
import { paths } from '../paths.ts';

/**
 * THE ONE ADAPTER between the published data and the one derivation of what the guide says of a
 * feature at each stage (src/lib/features/statements.ts), which the advisor on /decide/, the
 * topic tables and /disagreements/ also read. It only reshapes: site paths become absolute URLs,
 * each statement drops the feature and stage it sits under, and a disagreement gains the site's
 * reading from content/features.yaml.
 */

/** The collections the derivation reads; features carry their readings. */
export type FeatureJourneySources = Omit<StatementSources, 'features'> & {
  features: readonly { id: string; data: FeatureData }[];
};

/** What the guide says of each feature at each stage, by feature id. */
export function featureJourneys(
  sources: FeatureJourneySources,
  url: (path: string) => string,
): Map<string, FeatureJourney> {
  const statement = (s: Statement): FeatureStatement => ({
    place: s.place,
    ...(s.level === undefined ? {} : { level: s.level }),
    text: s.text,
    context: s.context,
    requires: s.requires,
    ...(s.condition === undefined ? {} : { condition: s.condition }),
    url: url(s.href),
  });
  const readings = new Map(sources.features.map((f) => [f.id, f.data.readings ?? {}]));

  return new Map(
    deriveFeatureStatements(sources).map((derived) => {
      const id = derived.feature.id;
      const journey: FeatureJourney = {
        ...(derived.requiredAt ? { requiredAt: derived.requiredAt.stage } : {}),
        ...(derived.requiredIf
          ? {
              requiredIf: {
                stage: derived.requiredIf.stage,
                conditions: [...new Set(derived.requiredIf.places.map((s) => s.condition ?? ''))],
              },
            }
          : {}),
        stages: derived.stages.map((view) => {
          const reading = readings.get(id)?.[view.stage];
          return {
            stage: view.stage,
            statements: view.statements.map(statement),
            ...(view.carriedFrom === undefined ? {} : { carriedFrom: view.carriedFrom }),
            ...(view.disagreement === undefined
              ? {}
              : {
                  disagreement: {
                    kind: view.disagreement.kind,
                    sentence: view.disagreement.sentence,
                    ...(reading === undefined ? {} : { reading }),
                    url: url(paths.disagreement(id, view.stage)),
                  },
                }),
          };
        }),
      };
      return [id, journey];
    }),
  );
}
