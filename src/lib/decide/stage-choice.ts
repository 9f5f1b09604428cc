/**
 * Which stage a decision tool shows, and who chose it. The reader's own choice and a shared link
 * always win; the quiz's result only fills in a stage nobody has chosen (and may update a stage it
 * filled in itself, when the reader changes their answers).
 */

/** Who chose the stage. */
export type StageSource = 'none' | 'quiz' | 'link' | 'reader';

/** The stage a tool shows, and its source. */
export interface StageChoice {
  stage: string | undefined;
  source: StageSource;
}

/** No stage yet. */
export const NO_STAGE: StageChoice = { stage: undefined, source: 'none' };

/** The choice after `source` proposes `stage`. */
export function chooseStage(
  choice: StageChoice,
  source: Exclude<StageSource, 'none'>,
  stage: string,
): StageChoice {
  if (source === 'quiz' && choice.source !== 'none' && choice.source !== 'quiz') return choice;
  return { stage, source };
}

/** The stage to write into the link: only one the reader or a link chose (the quiz keeps its own). */
export function stageForLink(choice: StageChoice): string | undefined {
  return choice.source === 'reader' || choice.source === 'link' ? choice.stage : undefined;
}

/**
 * The choice after back or forward reached an address naming `stage` (or none): the address's
 * stage, else the quiz's if the quiz chose it (the quiz never writes it), else none.
 */
export function restoredStage(choice: StageChoice, stage: string | undefined): StageChoice {
  if (stage !== undefined) return { stage, source: 'link' };
  return choice.source === 'quiz' ? choice : NO_STAGE;
}
