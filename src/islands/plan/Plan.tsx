import { useState } from 'react';
import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { buildPlan, type PlanInput } from '../../lib/plan/plan.ts';
import { snapshotsFromFile } from '../../lib/plan/progress-file.ts';
import type { Snapshot } from '../../lib/plan/snapshot.ts';
import { mergeSnapshots } from '../../lib/plan/snapshot-codec.ts';
import { writeSnapshotStore } from '../../lib/plan/snapshot-storage.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { planQuery } from '../../lib/plan/url.ts';
import { browserStorage } from '../checklist/browser.ts';
import { ActionsList } from './ActionsList.tsx';
import { DatesSection } from './DatesSection.tsx';
import { EmptyPlan } from './EmptyPlan.tsx';
import { GapsList } from './GapsList.tsx';
import { MigrationTable } from './MigrationTable.tsx';
import styles from './Plan.module.css';
import { ShareTools } from './ShareTools.tsx';
import { Snapshots } from './Snapshots.tsx';
import { StageSummary } from './StageSummary.tsx';
import { usePlanBoot, type Boot } from './usePlanBoot.ts';

interface Props {
  model: PlanModel;
  /** The site's absolute address, for calendar links. */
  site: string;
}

/** The plan page's island: everything the plan shows, from the link and this browser's storage. */
export default function Plan({ model, site }: Props) {
  const boot = usePlanBoot(model);
  // The server and the first client render show nothing: the page's static text explains the plan.
  if (boot === undefined) return <div className={styles.plan} />;
  return <PlanView model={model} site={site} boot={boot} />;
}

function PlanView({ model, site, boot }: Props & { boot: Boot }) {
  const [input, setInput] = useState<PlanInput>(boot.input);
  const [snapshots, setSnapshots] = useState<Snapshot[]>(boot.snapshots);
  const [message, setMessage] = useState('');
  const changeInput = (next: PlanInput) => {
    setInput(next);
    const query = planQuery(model, next);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  const keep = (next: Snapshot[]) => {
    setSnapshots(next);
    // Storage that refused, or that holds a value that could not be moved aside, is never written.
    const writable = boot.snapshotStore.kind === 'ok' || boot.snapshotStore.kind === 'kept-aside';
    return writable && writeSnapshotStore(browserStorage(), next);
  };
  const save = (snapshot: Snapshot) => {
    const ok = keep(mergeSnapshots(snapshots, [snapshot]).snapshots);
    setMessage(ok ? t.snapshots.saved(snapshot.date) : t.snapshots.failed);
    return ok;
  };
  const plan = buildPlan(model, input, boot.progress, boot.today);
  const importFile = (file: File) => {
    void file.text().then((text) => {
      const read = snapshotsFromFile(text, plan?.stage.migration?.checklist.id ?? '');
      if (!read.ok) return setMessage(t.snapshots.importFailed(read.problem));
      const merged = mergeSnapshots(snapshots, read.snapshots);
      if (merged.added === 0) return setMessage(t.snapshots.importNone);
      const ok = keep(merged.snapshots);
      setMessage(`${t.snapshots.imported(merged.added)}${ok ? '' : ` ${t.snapshots.failed}`}`);
    });
  };
  return (
    <div className={styles.plan} data-plan-ready="true">
      <p className="print-only">{t.print.generated(toIsoDate(boot.today))}</p>
      {boot.linkNote && (
        <p className="callout" role="note">
          <strong>{t.linkNoteLabel}:</strong> {boot.linkNote}
        </p>
      )}
      {plan === undefined ? (
        <EmptyPlan model={model} onChoose={(stage) => changeInput({ ...input, stage })} />
      ) : (
        <>
          <StageSummary model={model} plan={plan} answers={input.answers} />
          <ActionsList plan={plan} />
          <DatesSection
            plan={plan}
            start={input.start}
            onStart={(start) => changeInput({ ...input, start })}
          />
          <GapsList model={model} plan={plan} />
          <MigrationTable
            plan={plan}
            source={boot.progressSource}
            sharedFragment={boot.sharedFragment}
          />
          <ShareTools
            model={model}
            plan={plan}
            input={input}
            progress={boot.progress}
            site={site}
            snapshots={snapshots}
            today={boot.today}
            onImport={importFile}
          />
          <Snapshots
            plan={plan}
            input={input}
            progress={boot.progress}
            boot={boot}
            snapshots={snapshots}
            onSave={save}
            message={message}
          />
        </>
      )}
    </div>
  );
}
