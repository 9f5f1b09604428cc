// The checklist island: a server-rendered list of real checkboxes that, once hydrated, keeps the
// reader's ticks, N/A marks and notes in this browser, counts them, exports them and prints them.
// Without JavaScript it is the same list with empty boxes, and it prints.
import { useEffect, useId, useState } from 'react';
import { readableDate } from '../../lib/checklist/format.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import { itemProgress } from '../../lib/checklist/state.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import styles from './Checklist.module.css';
import { ChecklistItem } from './ChecklistItem.tsx';
import { ExportTools } from './ExportTools.tsx';
import { Notices } from './Notices.tsx';
import { ProgressStatus } from './ProgressStatus.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useChecklistProgress } from './useChecklistProgress.ts';

export interface ChecklistProps {
  model: ChecklistModel;
  /** Prefix of the items' anchors: `<scope>--<item id>`. */
  scope: string;
  /** The level of the section headings; none for a one-list checklist headed by the page. */
  headingLevel?: 2 | 3 | 4 | undefined;
  /**
   * `page`: the checklist is the page (print header, Print button, tools in view);
   * `inline`: one list among a page's content (tools folded away).
   */
  variant: 'page' | 'inline';
  /** The site's name, for exports. */
  siteName: string;
  /** False for a list that cannot be tracked yet (the template before a stage pair is chosen). */
  tracking?: boolean | undefined;
}

export default function Checklist({
  model,
  scope,
  headingLevel,
  variant,
  siteName,
  tracking = true,
}: ChecklistProps) {
  const c = useChecklistProgress(model, tracking);
  const exportHeadingId = useId();
  const [printDate, setPrintDate] = useState('');
  const Heading = `h${headingLevel ?? 2}` as const;

  // The print header's date: today, refreshed when printing (a page may stay open for days).
  useEffect(() => {
    if (variant !== 'page') return;
    const update = () => setPrintDate(readableDate(new Date()));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [variant]);

  const sectionCounts = new Map(c.counts.sections.map((s) => [s.id, s.counts]));
  const hiddenCount = c.hiddenIds.size;

  const toolbar = c.hydrated && (
    <Toolbar
      counts={c.counts.all}
      items={c.items}
      hideDone={c.hideDone}
      canUndo={c.undo?.kind === 'reset'}
      printable={variant === 'page'}
      onHideDone={c.actions.setHideDone}
      onReset={c.actions.reset}
      onUndo={c.actions.undoLast}
    />
  );
  const exportTools = c.hydrated && (
    <ExportTools
      model={model}
      items={c.items}
      siteName={siteName}
      onImport={(file) => void c.actions.importFile(file)}
      onMessage={c.actions.announce}
    />
  );

  return (
    <div className={styles.checklist} data-variant={variant} data-hydrated={c.hydrated}>
      {variant === 'page' && (
        <div className={styles.printHeader} data-pagefind-ignore="all">
          <p>
            <span>{checklistStrings.print.date}:</span>{' '}
            <span className={styles.blank}>{printDate}</span>
          </p>
          {[
            checklistStrings.print.team,
            checklistStrings.print.system,
            checklistStrings.print.owner,
          ].map((field) => (
            <p key={field}>
              <span>{field}:</span> <span className={styles.blank} />
            </p>
          ))}
        </div>
      )}
      {c.hydrated && <ProgressStatus counts={c.counts.all} message={c.message} />}
      {variant === 'page' && toolbar}
      {c.hydrated && (
        <Notices
          notices={c.notices}
          checklistId={model.id}
          own={c.items}
          canUndoLoad={c.undo?.kind === 'load'}
          onDismiss={c.actions.dismiss}
          onLoadShare={c.actions.loadShare}
          onKeepOwn={c.actions.keepOwn}
          onUndo={c.actions.undoLast}
        />
      )}
      {hiddenCount > 0 && (
        <p className={`print-only ${styles.printNote}`} data-pagefind-ignore="all">
          {checklistStrings.print.hiddenNote(hiddenCount)}
        </p>
      )}
      {model.sections.map((section) => {
        const counts = sectionCounts.get(section.id);
        const visible = section.items.filter((item) => !c.hiddenIds.has(item.id));
        return (
          <section
            key={section.id}
            className={styles.section}
            aria-labelledby={headingLevel ? section.id : undefined}
          >
            {headingLevel && (
              <Heading id={section.id} className={styles.sectionHeading}>
                {section.heading}
              </Heading>
            )}
            {c.hydrated && headingLevel && counts && model.sections.length > 1 && (
              <p className={styles.sectionCount}>
                {checklistStrings.doneOf(counts.done, counts.applicable)}
                {counts.notApplicable > 0 && (
                  <> · {checklistStrings.notApplicableCount(counts.notApplicable)}</>
                )}
              </p>
            )}
            <ul className={styles.items}>
              {visible.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  progress={itemProgress(c.items, item.id)}
                  scope={scope}
                  sectionTitle={section.heading || model.title}
                  interactive={c.hydrated}
                  onTick={c.actions.tick}
                  onMarkNotApplicable={c.actions.markNotApplicable}
                  onClearNotApplicable={c.actions.clearNotApplicable}
                  onNote={c.actions.setNote}
                />
              ))}
            </ul>
            {visible.length < section.items.length && (
              <p className={styles.hiddenNote}>
                {checklistStrings.item.hiddenSection(section.items.length - visible.length)}
              </p>
            )}
          </section>
        );
      })}
      {c.hydrated && variant === 'page' && (
        <section className={styles.exportSection} aria-labelledby={exportHeadingId}>
          <Heading id={exportHeadingId}>{checklistStrings.tools.exportHeading}</Heading>
          {exportTools}
        </section>
      )}
      {c.hydrated && variant === 'inline' && (
        <details className={styles.more} data-pagefind-ignore="all">
          <summary>{checklistStrings.tools.more}</summary>
          {toolbar}
          {exportTools}
        </details>
      )}
    </div>
  );
}
