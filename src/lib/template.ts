/** Fills the integration template's placeholders with a stage pair's names. */
export function fillTemplate(
  text: string,
  placeholders: { stage: string; nextStage: string },
  names: { stage: string; nextStage: string },
): string {
  return text
    .split(placeholders.stage)
    .join(names.stage)
    .split(placeholders.nextStage)
    .join(names.nextStage);
}
