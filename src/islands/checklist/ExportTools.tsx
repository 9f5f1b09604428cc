import { useEffect, useId, useRef, useState } from 'react';
import { exportFileName, readableDate } from '../../lib/checklist/format.ts';
import { GITHUB_URL_LIMIT, issueLink, parseRepository } from '../../lib/checklist/github.ts';
import { toProgressFile } from '../../lib/checklist/json-file.ts';
import { toMarkdown } from '../../lib/checklist/markdown.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import type { Progress } from '../../lib/checklist/state.ts';
import { shareFragment } from '../../lib/checklist/share.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import { copyText, downloadText, pageUrl } from '../shared/browser.ts';
import styles from './Checklist.module.css';
import type * as PlanSnapshots from './plan-snapshots.ts';
import planSnapshotsUrl from './plan-snapshots.ts?chunk-url';

// The plan's snapshots travel in the JSON file, but their code (storage, codec, the plan's words)
// is needed only to download or import one: it loads, by URL, when these tools first show, so a
// checklist's first use does not carry it (and no preload helper comes with it;
// src/integrations/chunk-url/). Undefined when it could not load: the reader is told.
let planSnapshotsLoad: Promise<typeof PlanSnapshots | undefined> | undefined;
const planSnapshots = () =>
  (planSnapshotsLoad ??= (
    import(/* @vite-ignore */ planSnapshotsUrl) as Promise<typeof PlanSnapshots>
  ).catch(() => {
    planSnapshotsLoad = undefined; // a later use tries again
    return undefined;
  }));

interface Props {
  model: ChecklistModel;
  items: Progress;
  siteName: string;
  onImport: (file: File) => void;
  onMessage: (message: string) => void;
}

/** Copy and download as Markdown, open as a GitHub issue, the JSON file and the share link. */
export function ExportTools({ model, items, siteName, onImport, onMessage }: Props) {
  const t = checklistStrings.tools;
  const g = checklistStrings.github;
  const uid = useId();
  const [repoInput, setRepoInput] = useState('');
  const [fallback, setFallback] = useState<string | undefined>(undefined);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const [snapshotNote, setSnapshotNote] = useState('');
  useEffect(() => void planSnapshots(), []);

  const markdown = () =>
    toMarkdown(model, items, { sourceUrl: pageUrl(), date: readableDate(new Date()), siteName });

  async function copy(text: string, what: string) {
    if (await copyText(text)) {
      setFallback(undefined);
      onMessage(t.copied(what));
      return;
    }
    setFallback(text);
    onMessage(t.copyFailed);
    // Let the box render, then select its text for Ctrl+C.
    setTimeout(() => {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }, 0);
  }

  async function download(extension: 'md' | 'json') {
    const now = new Date();
    const name = exportFileName(model.id, extension, now);
    if (extension === 'md') {
      downloadText(name, markdown(), 'text/markdown');
      onMessage(t.downloaded(name));
      return;
    }
    const meta = { now, sourceUrl: pageUrl() };
    const snapshots = await planSnapshots();
    const text =
      snapshots?.progressFileText(model, items, meta) ?? toProgressFile(model, items, meta);
    downloadText(name, text, 'application/json');
    onMessage(snapshots ? t.downloaded(name) : t.withoutSnapshots(name));
  }

  const repository = parseRepository(repoInput);
  const link = repository && issueLink(repository, model.title, markdown());
  const repoName = repository ? `${repository.owner}/${repository.repo}` : '';

  return (
    <div className={styles.exportTools} data-pagefind-ignore="all">
      <div className={styles.controls}>
        <button
          type="button"
          className={styles.button}
          onClick={() => void copy(markdown(), t.markdownName)}
        >
          {t.copyMarkdown}
        </button>
        <button type="button" className={styles.button} onClick={() => void download('md')}>
          {t.downloadMarkdown}
        </button>
        <button type="button" className={styles.button} onClick={() => void download('json')}>
          {t.downloadJson}
        </button>
        <label className={`${styles.button} ${styles.fileButton}`}>
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              onImport(file);
              void planSnapshots()
                .then((module) => module?.importPlanSnapshots(file, model.id) ?? t.snapshotsNotRead)
                .then(setSnapshotNote);
            }}
          />
          {t.importJson}
        </label>
        <button
          type="button"
          className={styles.button}
          onClick={() => void copy(`${pageUrl()}#${shareFragment(model, items)}`, t.linkName)}
        >
          {t.copyLink}
        </button>
      </div>
      <p className={styles.hint}>{t.shareNote}</p>
      <div role="status">{snapshotNote && <p>{snapshotNote}</p>}</div>
      {fallback !== undefined && (
        <label className={styles.field} htmlFor={`${uid}-copy`}>
          {t.copyBoxLabel}
          <textarea id={`${uid}-copy`} ref={fallbackRef} readOnly rows={6} value={fallback} />
        </label>
      )}
      <div className={styles.github}>
        <label className={styles.field} htmlFor={`${uid}-repo`}>
          {g.label}
          <input
            id={`${uid}-repo`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={g.placeholder}
            aria-describedby={`${uid}-repo-hint ${uid}-repo-result`}
            value={repoInput}
            onChange={(event) => setRepoInput(event.currentTarget.value)}
          />
        </label>
        <p id={`${uid}-repo-hint`} className={styles.hint}>
          {g.hint}
        </p>
        <p id={`${uid}-repo-result`} className={styles.githubResult}>
          {repoInput.trim() === '' && g.empty}
          {repoInput.trim() !== '' && repository === undefined && g.invalid}
          {link?.fits === true && (
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {g.open(repoName)}
            </a>
          )}
          {link?.fits === false && (
            <>
              {g.tooLong(link.length, GITHUB_URL_LIMIT)}{' '}
              <a href={link.emptyIssueUrl} target="_blank" rel="noopener noreferrer">
                {g.openEmpty(repoName)}
              </a>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
