import { createHash } from 'node:crypto';
import { FORMAT_VERSION, type PartName } from '../../schemas/guide-data.ts';
import type { ChecklistData } from '../../schemas/checklists.ts';
import type { FeatureData } from '../../schemas/features.ts';
import type { MatrixData } from '../../schemas/matrices.ts';
import type { QuizData } from '../../schemas/quiz.ts';
import type { TermData } from '../../schemas/vocabulary.ts';
import { checklistTitle } from '../checklist/build.ts';
import { paths } from '../paths.ts';
import { sortStages, type StageEntry } from '../stages.ts';
import { featureJourneys } from './feature-journeys.ts';
import { dataFiles } from './files.ts';
import { publish } from './published.ts';

/**
 * The published guide data (/data/guide.json), built from the collections as the pages read them.
 * Plain data in, plain data out: the route only loads the collections and serialises the result.
 */

interface Entry<T> {
  id: string;
  data: T;
}

/** The collections and site facts the data is built from. */
export interface GuideSources {
  stages: readonly StageEntry[];
  matrices: readonly Entry<MatrixData>[];
  checklists: readonly Entry<ChecklistData>[];
  quiz: readonly Entry<QuizData>[];
  features: readonly Entry<FeatureData>[];
  /** Vocabulary terms in file order. */
  terms: readonly Entry<TermData>[];
  topicTitles: ReadonlyMap<string, string>;
  /** The guide's title and status, from the overview page. */
  guide: {
    title: string;
    status: string;
    statusNote: string;
    context: string;
    lastUpdated: string;
    lastReviewed: string;
    nextReview: string;
  };
  /** Makes a site path (from `paths`) an absolute URL. */
  url: (path: string) => string;
}

function buildParts(sources: GuideSources) {
  const { url } = sources;
  const stages = sortStages(sources.stages);
  const names = new Map(stages.map((s) => [s.id, s.data.shortName]));
  const journeys = featureJourneys(
    {
      stages,
      matrices: sources.matrices,
      features: sources.features,
      checklists: sources.checklists,
      topicTitles: sources.topicTitles,
      labels: new Map(sources.terms.map((t) => [t.id, t.data])),
    },
    url,
  );
  const byOrder = <T extends { data: { order: number } }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.data.order - b.data.order);

  return {
    stages: stages.map((s) => ({ id: s.id, url: url(paths.stage(s.id)), ...publish(s.data) })),
    features: sources.features
      .map((f) => {
        const journey = journeys.get(f.id);
        if (journey === undefined) throw new Error(`No journey was derived for feature "${f.id}".`);
        const topic = f.data.topic?.id;
        return {
          id: f.id,
          ...publish(f.data),
          ...(topic === undefined ? {} : { topicUrl: url(paths.topic(topic)) }),
          ...journey,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    matrices: byOrder(sources.matrices).map((m) => ({
      id: m.id,
      url: url(`${paths.compare()}#${m.id}`),
      csv: url(dataFiles.matrixCsv(m.id)),
      ...publish(m.data),
    })),
    checklists: byOrder(sources.checklists).map((c) => ({
      id: c.id,
      url: url(paths.checklist(c.id)),
      title: checklistTitle(c.data, names),
      csv: url(dataFiles.checklistCsv(c.id)),
      ...publish(c.data),
    })),
    quiz: sources.quiz.map((q) => ({ id: q.id, url: url(paths.decide()), ...publish(q.data) })),
    vocabulary: sources.terms.map((t) => ({ id: t.id, ...publish(t.data) })),
  };
}

export type GuideParts = ReturnType<typeof buildParts>;

/** The whole guide as published in /data/guide.json. */
export type GuideData = {
  $schema: string;
  formatVersion: typeof FORMAT_VERSION;
  contentVersion: string;
  guide: GuideSources['guide'] & { url: string };
} & GuideParts;

/** A fingerprint of the data: the first 16 hex digits of its SHA-256. */
export function fingerprint(value: unknown): string {
  return `sha256-${createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)}`;
}

/** Builds /data/guide.json. */
export function buildGuideData(sources: GuideSources): GuideData {
  const guide = { ...sources.guide, url: sources.url(paths.home()) };
  const parts = buildParts(sources);
  return {
    $schema: sources.url(dataFiles.schema('guide')),
    formatVersion: FORMAT_VERSION,
    contentVersion: fingerprint({ guide, ...parts }),
    guide,
    ...parts,
  };
}

/** One part of the data as published alone in /data/<part>.json, with the same envelope. */
export function partOf(data: GuideData, part: PartName, url: (path: string) => string) {
  return {
    $schema: url(dataFiles.schema(part)),
    formatVersion: data.formatVersion,
    contentVersion: data.contentVersion,
    guide: data.guide,
    [part]: data[part],
  };
}
