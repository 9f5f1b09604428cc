// The integration checklist template as a tracked checklist: the reader picks a stage transition,
// the placeholders are filled in everywhere (title, items, exports, print) and each transition
// keeps its own progress. Server-rendered (and with JavaScript off) it is the template as the
// guide writes it, placeholders and all, to fill in by hand.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { fillTemplateModel, type StagePair } from '../../lib/checklist/build.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import { readShareFragment } from '../../lib/checklist/share.ts';
import { readPair, writePair } from '../../lib/checklist/storage.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import { pairQuery, readPairQuery } from '../../lib/checklist/url.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import { browserStorage } from '../shared/browser.ts';
import { useUrlState } from '../shared/useUrlState.ts';
import Checklist, { type ChecklistProps } from './Checklist.tsx';
import styles from './Checklist.module.css';

/** A stage transition the template is filled in for, with its model. */
interface TemplatePair {
  /** "poc-to-mvp" */
  id: string;
  /** "POC → MVP" */
  label: string;
  /** The template filled in for the pair. */
  model: ChecklistModel;
}

export interface TemplateChecklistProps extends Omit<ChecklistProps, 'model' | 'tracking'> {
  /** The template's id in content/ ("integration-template"). */
  templateId: string;
  /** The template as written (server render, JavaScript off). */
  blank: ChecklistModel;
  /** The stage transitions; each is filled in from `blank` here, so the page carries it once. */
  pairs: StagePair[];
  /** The template's placeholders ("[Stage]", "[Next Stage]"). */
  placeholders: { stage: string; nextStage: string };
  /** The title's heading level: 1 on the template's own page, lower inside another page. */
  titleLevel: 1 | 2 | 3;
  /** The title heading's anchor id. */
  titleId?: string | undefined;
  /** Whether the chosen pair lives in the page's query (`?pair=`), on the template's own page. */
  pairInUrl: boolean;
  /** Static content shown under the title (Astro's slot). */
  children?: ReactNode;
}

export default function TemplateChecklist({
  templateId,
  blank,
  pairs: stagePairs,
  placeholders,
  titleLevel,
  titleId,
  pairInUrl,
  children,
  ...checklist
}: TemplateChecklistProps) {
  const [pairId, setPairId] = useState<string | undefined>(undefined);
  const selectId = useId();
  const pairs: TemplatePair[] = useMemo(
    () =>
      stagePairs.map((p) => ({
        id: p.id,
        label: p.label,
        model: fillTemplateModel(blank, placeholders, p),
      })),
    [stagePairs, blank, placeholders],
  );
  const pair = pairs.find((p) => p.id === pairId);
  const Title = `h${titleLevel}` as const;

  // Which transition: a shared link's, then the page's ?pair=, then the last one chosen, then the first.
  const choosePair = (hash: string, fromUrl: string | undefined) => {
    const ids = pairs.map((p) => p.id);
    const shared = readShareFragment(
      hash,
      pairs.map((p) => p.model.id),
    )?.snapshot.checklistId;
    setPairId(
      pairs.find((p) => p.model.id === shared)?.id ??
        fromUrl ??
        readPair(browserStorage(), templateId, ids) ??
        ids[0],
    );
  };

  // On the template's own page the pair lives in the address (read again on back/forward).
  const { ignored } = useUrlState({
    enabled: pairInUrl,
    state: pairId,
    read: ({ search, hash }) => {
      const { pair: fromUrl, ignored } = readPairQuery(
        search,
        pairs.map((p) => p.id),
      );
      choosePair(hash, fromUrl);
      return ignored;
    },
    write: pairQuery,
    rewriteOnRead: true,
  });
  const ignoredNote = describeIgnored(ignored);

  // Elsewhere only a shared link's fragment or this browser's storage choose it.
  useEffect(() => {
    if (!pairInUrl) choosePair(location.hash, undefined);
    // choosePair reads only `pairs` and `templateId`.
  }, [pairs, pairInUrl, templateId]);

  // The chosen transition fills the page's title.
  useEffect(() => {
    if (pair === undefined || !pairInUrl) return;
    document.title = document.title.replace(blank.title, pair.model.title);
    return () => {
      document.title = document.title.replace(pair.model.title, blank.title);
    };
  }, [pair, pairInUrl, blank.title]);

  const model = pair?.model ?? blank;
  return (
    <div className={styles.template}>
      <Title id={titleId}>{model.title}</Title>
      {children}
      {pair !== undefined && (
        <div className={`${styles.field} ${styles.pairPicker}`} data-pagefind-ignore="all">
          <label htmlFor={selectId}>{checklistStrings.template.pairLabel}</label>
          <select
            id={selectId}
            value={pair.id}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setPairId(next);
              writePair(browserStorage(), templateId, next);
            }}
          >
            {pairs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <p className={styles.hint}>{checklistStrings.template.pairNote(pair.label)}</p>
          {ignoredNote && <p className={styles.hint}>{ignoredNote}</p>}
        </div>
      )}
      <Checklist key={model.id} model={model} tracking={pair !== undefined} {...checklist} />
    </div>
  );
}
