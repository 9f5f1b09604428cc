import type { FeatureJourney } from '../../schemas/guide-data.ts';
import { answerFeature } from '../decide/feature-answer.ts';
import { buildFeatureToolData, type FeatureToolSources } from '../decide/feature-facts.ts';
import { rowAnchorId } from '../matrix/anchors.ts';

/**
 * THE ONE ADAPTER between the published data and the derivation of what the guide says of a
 * feature at each stage. Today that derivation is the advisor's on /decide/
 * (`buildFeatureToolData` + `answerFeature`); to publish another derivation, rewrite this
 * function's body and keep its signature: nothing else in src/lib/data/ knows where the facts
 * come from.
 */

/** The collections the derivation reads. */
export type FeatureJourneySources = Omit<FeatureToolSources, 'ruleAnchor'>;

function fragment(href: string): string {
  const hash = href.indexOf('#');
  if (hash === -1) throw new Error(`The advisor gave "${href}", a link without an item id.`);
  return decodeURIComponent(href.slice(hash + 1));
}

/** What the guide says of each feature at each stage, by feature id. */
export function featureJourneys(
  sources: FeatureJourneySources,
  url: (path: string) => string,
): Map<string, FeatureJourney> {
  // The rule anchors are links into /decide/ that the published data does not use.
  const data = buildFeatureToolData({ ...sources, ruleAnchor: (stageId) => stageId });
  const rows = sources.matrices.flatMap((matrix) =>
    matrix.data.rows.map((row) => ({ anchor: rowAnchorId(matrix.id, row.id), matrix, row })),
  );
  const rowOf = (href: string) => {
    const anchor = fragment(href);
    const found = rows.find((r) => r.anchor === anchor);
    if (found === undefined) throw new Error(`The advisor linked "${href}", no matrix row.`);
    return { matrix: found.matrix.id, row: found.row.id };
  };

  return new Map(
    data.features.map((feature) => {
      const answer = answerFeature(data, feature, undefined);
      const journey: FeatureJourney = {
        ...(answer.requiredAt ? { requiredFrom: answer.requiredAt.id } : {}),
        stages: answer.journey.map((view) => ({
          stage: view.stage.id,
          standing: view.standing.kind,
          requirements:
            view.standing.kind === 'listed'
              ? view.standing.requirements.map((r) => ({
                  level: r.level,
                  item: fragment(r.href),
                  text: r.text,
                  url: url(r.href),
                }))
              : [],
          priorities: view.priorities.map((p) => ({
            level: p.level,
            item: fragment(p.href),
            text: p.text,
            url: url(p.href),
          })),
          cells: view.cells.map((c) => ({
            ...rowOf(c.href),
            ...(c.level === undefined ? {} : { level: c.level }),
            ...(c.text === undefined ? {} : { text: c.text }),
            url: url(c.href),
          })),
        })),
      };
      return [feature.id, journey];
    }),
  );
}
