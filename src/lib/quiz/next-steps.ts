import type { Alignment, TimeBoxCheck } from './assess.ts';
import type { QuizModel, QuizStage } from './model.ts';

/** A link the result offers, most urgent first. Its words come from strings.ts by `kind`. */
export type NextStep =
  /** The integration checkpoint section of the result's stage page. */
  | { kind: 'checkpoint'; href: string; stageId: string }
  /** The integration checklist template. */
  | { kind: 'integration-checklist'; href: string; title: string }
  /** The result's stage page. */
  | { kind: 'stage'; href: string; stageId: string }
  /** The migration checklist from the result's stage to the next. */
  | { kind: 'migration'; href: string; title: string; urgent: boolean }
  /** The comparison matrix, where the gaps' rows are. */
  | { kind: 'compare'; href: string };

interface Situation {
  alignment: Alignment;
  timeBox: TimeBoxCheck;
  hasGaps: boolean;
}

const CHECKPOINT_DUE = new Set<TimeBoxCheck['kind']>(['due', 'overdue', 'may-be-overdue']);

/**
 * The next steps for a reader at `stage`: an overdue integration checkpoint comes first, then a
 * migration that load has made urgent, then the stage page, the migration checklist, and the
 * matrix rows of the gaps. Load behind the infrastructure adds nothing: it is never a reason to
 * take reliability away, so no "does not need yet" list is offered for it.
 */
export function nextSteps(
  model: Pick<QuizModel, 'compareHref'>,
  stage: QuizStage,
  situation: Situation,
): NextStep[] {
  const steps: NextStep[] = [];
  if (CHECKPOINT_DUE.has(situation.timeBox.kind)) {
    if (stage.checkpointHref) {
      steps.push({ kind: 'checkpoint', href: stage.checkpointHref, stageId: stage.id });
    }
    if (stage.integrationChecklist) {
      steps.push({ kind: 'integration-checklist', ...stage.integrationChecklist });
    }
  }
  const urgent = situation.alignment.kind === 'load-ahead';
  const migration = stage.migration && { kind: 'migration' as const, ...stage.migration, urgent };
  if (migration && urgent) steps.push(migration);
  steps.push({ kind: 'stage', href: stage.href, stageId: stage.id });
  if (migration && !urgent) steps.push(migration);
  if (situation.hasGaps) steps.push({ kind: 'compare', href: model.compareHref });
  return steps;
}
