import { findMentions, sharedKeys } from '../core/names.ts';
import type { ChecklistData } from './checklists.ts';
import type { FeatureData } from './features.ts';
import type { MatrixData } from './matrices.ts';
import type { CollectionName } from './shared.ts';
import type { StageData } from './stages.ts';

/**
 * Cross-file rules about features: no two features answer to the same words, and every item of
 * the guide links each feature its words name (or says why it does not mean it).
 */

/** A validated entry, as the rules see it (the same shape as `rules.ts`'s). */
interface Entry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
}

/** A broken rule (the same shape as `rules.ts`'s). */
interface Problem {
  file: string;
  path: string;
  message: string;
}

/** The entries of one collection, with their data typed. */
export function byCollection<T>(entries: readonly Entry[], collection: CollectionName) {
  return entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ ...e, data: e.data as T }));
}

/**
 * No two features answer to the same words (name, id or alias, compared as the "Should I add
 * feature X?" tool compares them), so a reader's words never match two features.
 */
export function checkFeatureNames(entries: readonly Entry[]): Problem[] {
  const features = byCollection<FeatureData>(entries, 'features');
  const shared = sharedKeys(
    features.map((f) => ({ id: f.id, name: f.data.name, aliases: f.data.aliases ?? [] })),
  );
  return shared.flatMap(({ key, featureIds: [first, ...others] }) =>
    others.map((id) => ({
      file: features.find((f) => f.id === id)?.file ?? 'content/features.yaml',
      path: id,
      message: `received the words "${key}" (as its name, id or an alias), which feature "${first}" also answers to; expected every name and alias to belong to one feature`,
    })),
  );
}

/** An item whose words may name features, with what it links and what it sets aside. */
interface LinkedItem {
  file: string;
  /** The path of the item; its `features` field is `<path>.features`. */
  path: string;
  text: string | undefined;
  features: readonly { id: string }[] | undefined;
  /** Links that count for the item without being its own (a cell counts its row's). */
  inherited?: readonly { id: string }[] | undefined;
  notAbout: readonly { feature: { id: string }; reason: string }[] | undefined;
}

interface LinkFields {
  features?: LinkedItem['features'];
  notAbout?: LinkedItem['notAbout'];
}

function itemsOf(
  file: string,
  base: string,
  items: readonly (LinkFields & { text?: string | undefined; label?: string | undefined })[],
): LinkedItem[] {
  return items.map((item, i) => ({
    file,
    path: `${base}[${i}]`,
    text: item.text ?? item.label,
    features: item.features,
    notAbout: item.notAbout,
  }));
}

/** Every item of stages, matrices and checklists that may link features. */
export function linkedItems(entries: readonly Entry[]): LinkedItem[] {
  const stages = byCollection<StageData>(entries, 'stages').flatMap(({ file, data }) => [
    ...itemsOf(file, 'successCriteria', data.successCriteria),
    ...itemsOf(file, 'exitCriteria', data.exitCriteria),
    ...data.requirements.flatMap((g, i) => itemsOf(file, `requirements[${i}].items`, g.items)),
    ...data.priorities.flatMap((g, i) => itemsOf(file, `priorities[${i}].items`, g.items)),
    ...data.docs.flatMap((g, i) => itemsOf(file, `docs[${i}].items`, g.items)),
  ]);
  const matrices = byCollection<MatrixData>(entries, 'matrices').flatMap(({ file, data }) =>
    data.rows.flatMap((row, r) => [
      { file, path: `rows[${r}]`, text: row.label, features: row.features, notAbout: row.notAbout },
      ...Object.entries(row.cells).map(([stage, cell]) => ({
        file,
        path: `rows[${r}].cells.${stage}`,
        text: cell.text,
        features: cell.features,
        inherited: row.features,
        notAbout: cell.notAbout,
      })),
    ]),
  );
  const checklists = byCollection<ChecklistData>(entries, 'checklists').flatMap(({ file, data }) =>
    data.kind === 'migration'
      ? [
          ...data.phases.flatMap((p, i) => itemsOf(file, `phases[${i}].items`, p.items)),
          ...itemsOf(file, 'validation', data.validation),
        ]
      : data.sections.flatMap((s, i) => itemsOf(file, `sections[${i}].items`, s.items)),
  );
  return [...stages, ...matrices, ...checklists];
}

/**
 * Every item links each feature its words name, unless it sets the feature aside in `notAbout`
 * with a reason; and an item sets aside only features its words name and it does not link.
 */
export function checkFeatureMentions(entries: readonly Entry[]): Problem[] {
  const features = byCollection<FeatureData>(entries, 'features').map((f) => ({
    id: f.id,
    name: f.data.name,
    aliases: f.data.aliases ?? [],
  }));
  return linkedItems(entries).flatMap((item) => {
    if (item.text === undefined) return [];
    const linked = new Set([...(item.features ?? []), ...(item.inherited ?? [])].map((f) => f.id));
    const setAside = new Set((item.notAbout ?? []).map((n) => n.feature.id));
    const mentions = findMentions(item.text, features);
    const unlinked = mentions
      .filter((m) => !linked.has(m.featureId) && !setAside.has(m.featureId))
      .map((m) => ({
        file: item.file,
        path: `${item.path}.features`,
        message: `received "${item.text}", whose words "${m.words}" name the feature "${m.featureId}", which it does not link; expected "${m.featureId}" in features, or a notAbout entry for it with the reason`,
      }));
    const named = new Set(mentions.map((m) => m.featureId));
    const stale = (item.notAbout ?? []).flatMap((n, i) =>
      named.has(n.feature.id) && !linked.has(n.feature.id)
        ? []
        : [
            {
              file: item.file,
              path: `${item.path}.notAbout[${i}].feature`,
              message: `received "${n.feature.id}", which "${item.text}" ${linked.has(n.feature.id) ? 'also links' : 'does not name'}; expected notAbout to list only features the words name and the item does not link`,
            },
          ],
    );
    return [...unlinked, ...stale];
  });
}
