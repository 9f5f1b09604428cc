// The integration tool's data, its answers for every real stage, and its calendar file, from the
// real content: time boxes, lists and checklists are looked up in content/, never typed here.
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addPeriod,
  toIsoDate,
  type CalendarDate,
} from '../../../../../src/lib/decide/calendar-date.ts';
import { integrationAnswer } from '../../../../../src/lib/decide/integration/deadline.ts';
import {
  checkpointText,
  calendarProblem,
  integrationCalendar,
} from '../../../../../src/lib/decide/integration/calendar.ts';
import { sortStages } from '../../../../../src/lib/stages.ts';
import { realIntegrationData, SITE } from '../../../../fixtures/decide-data.ts';
import { load } from '../../../../fixtures/real-content.ts';

const data = realIntegrationData();
const stages = sortStages(load('stages'));
const checklists = load('checklists');
const START: CalendarDate = { year: 2026, month: 11, day: 30 };
const STAMP = new Date(Date.UTC(2026, 11, 1, 8, 0, 0));

const tool = (id: string) => {
  const found = data.stages.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the integration tool’s data', () => {
  test.each(stages.map((s) => [s.id, s] as const))(
    '%s has its time box as the content gives it',
    (id, stage) => {
      const box = tool(id).timeBox;
      expect(box?.maxDuration).toBe(stage.data.timeBox?.maxDuration);
      expect(box?.limit).toEqual(stage.data.timeBox?.limit);
      const cadence = stage.data.timeBox?.cadence;
      if (cadence) {
        const item = stage.data.integrationCheckpoint?.lists
          .flatMap((l) => l.items)
          .find((i) => i.id === cadence.item);
        expect(box?.cadence).toEqual({
          amount: cadence.amount,
          unit: cadence.unit,
          text: item?.text,
        });
      } else {
        expect(box?.cadence).toBeUndefined();
      }
    },
  );

  test.each(stages.map((s) => [s.id, s] as const))(
    '%s links the migration checklist that leaves it',
    (id) => {
      const leaving = checklists.find((c) => c.data.kind === 'migration' && c.data.from.id === id);
      expect(tool(id).checklist?.href).toBe(leaving ? `/checklists/${leaving.id}/` : undefined);
    },
  );

  test.each(stages.map((s) => [s.id, s] as const))(
    '%s has its checkpoint’s must-do lists and links',
    (id, stage) => {
      const lists =
        stage.data.checkpointRequirements?.lists ?? stage.data.integrationCheckpoint?.lists;
      const checkpoint = tool(id).checkpoint;
      expect(checkpoint?.lists.map((l) => l.items.map((i) => i.text))).toEqual(
        lists?.map((l) => l.items.map((i) => i.text)),
      );
      expect(checkpoint?.stageHref).toBe(
        stage.data.integrationCheckpoint ? `/stages/${id}/#integration-checkpoint` : undefined,
      );
    },
  );

  test('fills the integration template with the stage and the next', () => {
    for (const stage of stages) {
      const next = stages.find((s) => s.id === stage.data.next?.id);
      const text = tool(stage.id).template?.text;
      if (next === undefined) expect(text).toBeUndefined();
      else expect(text).toContain(`${stage.data.shortName} → ${next.data.shortName}`);
    }
  });
});

describe('answers for every real stage', () => {
  test.each(stages.map((s) => [s.id, s] as const))('%s', (id, stage) => {
    const box = tool(id).timeBox;
    const answer = integrationAnswer(box, toIsoDate(START), addDays(START, 10));
    const limit = stage.data.timeBox?.limit;
    if (stage.data.timeBox === undefined) {
      expect(answer).toEqual({ kind: 'no-time-box' });
    } else if (limit) {
      const deadline = addPeriod(START, limit);
      expect(answer).toMatchObject({ kind: 'deadline', deadline, status: 'open' });
    } else if (stage.data.timeBox.cadence) {
      expect(answer).toMatchObject({ kind: 'cadence', count: 1 });
    } else {
      expect(answer).toEqual({ kind: 'ongoing' });
    }
  });

  test('the content has a time-boxed stage, an ongoing stage with a cadence and one without a time box', () => {
    expect(stages.some((s) => s.data.timeBox?.limit)).toBe(true);
    expect(stages.some((s) => s.data.timeBox?.cadence)).toBe(true);
    expect(stages.some((s) => s.data.timeBox === undefined)).toBe(true);
  });
});

describe('the calendar file', () => {
  const boxed = stages.filter((s) => s.data.timeBox?.limit);
  const withCadence = stages.filter((s) => s.data.timeBox?.cadence);

  test.each(boxed.map((s) => [s.id, s] as const))(
    '%s: an all-day event on the deadline with the must-do list',
    (id, stage) => {
      const deadline = addPeriod(START, stage.data.timeBox?.limit ?? { amount: 0, unit: 'weeks' });
      const file = integrationCalendar(tool(id), START, deadline, SITE, STAMP);
      const unfolded = file?.text.replace(/\r\n /g, '') ?? '';
      expect(file?.fileName).toBe(`${id}-integration-${toIsoDate(deadline)}.ics`);
      expect(unfolded).toContain(
        `\r\nDTSTART;VALUE=DATE:${toIsoDate(deadline).replace(/-/g, '')}\r\n`,
      );
      expect(unfolded).toContain(
        `\r\nSUMMARY:${stage.data.shortName} integration checkpoint due\r\n`,
      );
      expect(unfolded).toContain('\r\nDTSTAMP:20261201T080000Z\r\n');
      expect(unfolded).toContain(
        `\r\nUID:${id}-integration-2026-11-30-${toIsoDate(deadline)}@decide.example\r\n`,
      );
      for (const item of tool(id).checkpoint?.lists.flatMap((l) => l.items) ?? []) {
        const escaped = item.text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
        expect(unfolded).toContain(`\\n- ${escaped}`);
      }
      expect(unfolded).toContain(`https://decide.example/stages/${id}/#integration-checkpoint`);
    },
  );

  test('gives the same event id to the same stage and dates, whenever it is made', () => {
    const [stage] = boxed;
    if (!stage) throw new Error('no time-boxed stage');
    const uid = (stamp: Date) =>
      /\r\nUID:([^\r]+)\r\n/.exec(
        integrationCalendar(tool(stage.id), START, START, SITE, stamp)?.text ?? '',
      )?.[1];
    expect(uid(STAMP)).toBeDefined();
    expect(uid(new Date(Date.UTC(2030, 0, 1)))).toBe(uid(STAMP));
  });

  test.each(withCadence.map((s) => [s.id, s] as const))(
    '%s: names the cadence, not a deadline',
    (id) => {
      const text =
        integrationCalendar(tool(id), START, START, SITE, STAMP)?.text.replace(/\r\n /g, '') ?? '';
      const cadence = tool(id).timeBox?.cadence?.text ?? '';
      expect(text).toContain(`SUMMARY:${tool(id).shortName}: ${cadence.replace(/,/g, '\\,')}`);
      expect(text).toContain('not a deadline');
    },
  );

  test('is not made for a stage without a time box', () => {
    for (const stage of stages.filter((s) => s.data.timeBox === undefined)) {
      expect(integrationCalendar(tool(stage.id), START, START, SITE, STAMP)).toBeUndefined();
    }
  });

  test('lists the checkpoint with its list titles', () => {
    const [stage] = boxed;
    if (!stage) throw new Error('no time-boxed stage');
    const lists = tool(stage.id).checkpoint?.lists ?? [];
    const text = checkpointText(tool(stage.id));
    for (const list of lists) {
      if (list.title) expect(text).toContain(`${list.title}:\n- ${list.items[0]?.text}`);
    }
  });
});

describe('the calendar file at the date field limit', () => {
  const [stage] = stages.filter((s) => s.data.timeBox?.limit);
  test('a start of 9999-12-31 gives a message, never a file with a nine-digit date', () => {
    if (!stage) throw new Error('no time-boxed stage');
    const start = { year: 9999, month: 12, day: 31 };
    const deadline = addPeriod(start, stage.data.timeBox?.limit ?? { amount: 0, unit: 'weeks' });
    expect(integrationCalendar(tool(stage.id), start, deadline, SITE, STAMP)).toBeUndefined();
    expect(calendarProblem(deadline)).toContain(toIsoDate(deadline));
    expect(calendarProblem(START)).toBeUndefined();
  });
});
