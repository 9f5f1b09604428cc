import { parseIsoDate } from '../calendar-date.ts';
import { impossibleDetail, longDate } from '../date-words.ts';
import type { IntegrationAnswer } from './deadline.ts';
import type { IntegrationStage } from './build.ts';
import { decideStrings } from '../strings.ts';

const t = decideStrings.integrate;

/** Why a start date from a link cannot be used, in words; empty for a usable one. */
export function startProblem(answer: IntegrationAnswer): string {
  if (answer.kind !== 'invalid-start') return '';
  if (answer.reason === 'format') return t.invalidFormat(answer.text);
  const reading = parseIsoDate(answer.text);
  return reading.ok || reading.reason !== 'impossible'
    ? t.invalidFormat(answer.text)
    : t.impossible(answer.text, impossibleDetail(reading));
}

/**
 * The sentence a screen reader hears when the integration answer changes; empty while the tool
 * still waits for a stage, a date or the reader's clock.
 */
export function integrationStatus(
  stage: IntegrationStage | undefined,
  answer: IntegrationAnswer | undefined,
  startUnreadable: boolean,
): string {
  if (stage === undefined) return '';
  if (startUnreadable && answer?.kind !== 'no-time-box' && answer?.kind !== 'ongoing') {
    return t.badInput;
  }
  if (answer === undefined) return '';
  const name = stage.shortName;
  switch (answer.kind) {
    case 'no-start':
      return '';
    case 'no-time-box':
      return t.noTimeBox(name);
    case 'ongoing':
      return t.ongoing(name);
    case 'invalid-start':
      return startProblem(answer);
    case 'future-start':
      return t.future(longDate(answer.start), answer.daysAhead);
    case 'deadline': {
      const date = longDate(answer.deadline);
      if (answer.status === 'open') return t.status.open(name, date, answer.daysLeft);
      if (answer.status === 'due-today') return t.status.dueToday(name, date);
      return t.status.overdue(name, date, -answer.daysLeft);
    }
    case 'cadence':
      return t.status.cadence(
        name,
        stage.timeBox?.cadence?.text ?? '',
        longDate(answer.next),
        answer.daysUntil,
      );
    default:
      return answer satisfies never;
  }
}
