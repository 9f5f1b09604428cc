import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { buildPlan } from '../../lib/plan/plan.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { ActionsList } from './ActionsList.tsx';
import { DatesSection } from './DatesSection.tsx';
import { EmptyPlan } from './EmptyPlan.tsx';
import { GapsList } from './GapsList.tsx';
import { MigrationTable } from './MigrationTable.tsx';
import styles from './Plan.module.css';
import PlanTools from './PlanTools.tsx';
import { StageSummary } from './StageSummary.tsx';
import { usePlanBoot, usePlanInput, type Boot } from './usePlanBoot.ts';

interface Props {
  model: PlanModel;
  /** The site's absolute address, for calendar links. */
  site: string;
}

/** The plan page's island: everything the plan shows, from the link and this browser's storage. */
export default function Plan({ model, site }: Props) {
  const boot = usePlanBoot(model);
  // The server and the first client render cannot know the address or storage: they show how to
  // get a plan. data-hydrated="false" keeps client:interact's island hidden (when it hydrates at
  // once for a plan link) and its held clicks waiting until the plan has been read.
  if (boot === undefined) {
    return (
      <div className={styles.plan} data-hydrated="false">
        <EmptyPlan model={model} />
      </div>
    );
  }
  return <PlanView model={model} site={site} boot={boot} />;
}

function PlanView({ model, site, boot }: Props & { boot: Boot }) {
  const [input, changeInput] = usePlanInput(model, boot.input);
  const plan = buildPlan(model, input, boot.progress, boot.today);
  return (
    <div className={styles.plan} data-plan-ready="true">
      <p className="print-only">{t.print.generated(toIsoDate(boot.today))}</p>
      {boot.linkNote && (
        <p className="callout" role="note">
          <strong>{t.linkNoteLabel}:</strong> {boot.linkNote}
        </p>
      )}
      {plan === undefined ? (
        <EmptyPlan model={model} />
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
          <PlanTools
            model={model}
            plan={plan}
            input={input}
            progress={boot.progress}
            site={site}
            today={boot.today}
          />
        </>
      )}
    </div>
  );
}
