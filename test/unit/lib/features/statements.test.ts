// The one derivation of what the guide says of each feature, on the real content. The whole
// table is written to one readable snapshot (__snapshots__/feature-statements.md) for a reviewer
// to check against the guide; the tests below check its rules without typing any result.
import { describe, expect, test } from 'vitest';
import {
  collectStatements,
  conditionOf,
  deriveFeatureStatements,
  type Statement,
} from '../../../../src/lib/features/statements.ts';
import { sortStages } from '../../../../src/lib/stages.ts';
import { load } from '../../../fixtures/real-content.ts';

const stages = sortStages(load('stages'));
const terms = new Map(load('vocabulary').map((t) => [t.id, t.data]));
const sources = {
  stages,
  matrices: load('matrices'),
  checklists: load('checklists'),
  features: load('features'),
  topicTitles: new Map(load('topics').map((t) => [t.id, t.data.title])),
  labels: terms,
};
const derived = deriveFeatureStatements(sources);
const all = collectStatements(sources);
const order = new Map(stages.map((s, i) => [s.id, i]));
const short = (id: string | undefined) =>
  id === undefined ? '—' : (stages.find((s) => s.id === id)?.data.shortName ?? id);

function row(s: Statement): string {
  const level = s.level === undefined ? '' : (terms.get(s.level)?.label ?? s.level);
  const requires = s.requires ? (s.condition ? `if: ${s.condition}` : 'yes') : '';
  const cells = [
    short(s.stage),
    requires,
    level,
    `${s.place}${s.context ? `: ${s.context}` : ''}`,
    s.text,
  ];
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(): string {
  const lines = [
    '# What the guide says of each feature, stage by stage',
    '',
    'Written by test/unit/lib/features/statements.test.ts from content/ through',
    '`deriveFeatureStatements` (src/lib/features/statements.ts). "Requires" is yes for a must',
    'have, a ✅ cell, a success criterion or a migration checklist task (the checklist to that',
    'stage); "if: …" when the item or its phase states a condition.',
    '',
  ];
  for (const f of derived) {
    const required = f.requiredAt
      ? `required from ${short(f.requiredAt.stage)}`
      : f.requiredIf
        ? `required only if its condition applies, from ${short(f.requiredIf.stage)}`
        : 'never required';
    lines.push(`## ${f.feature.name} (\`${f.feature.id}\`): ${required}`, '');
    lines.push('| Stage | Requires | Level | Place | Words |', '| --- | --- | --- | --- | --- |');
    for (const view of f.stages) {
      for (const s of view.statements) lines.push(row(s));
      if (view.statements.length === 0) {
        lines.push(
          `| ${short(view.stage)} | ${view.carriedFrom ? `carried from ${short(view.carriedFrom)}` : ''} | | (not named) | |`,
        );
      }
    }
    for (const d of f.disagreements) {
      lines.push('', `Disagreement at ${short(d.stage)} (${d.kind}): ${d.sentence}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

describe('deriveFeatureStatements on the real content', () => {
  test('matches the reviewed table', async () => {
    await expect(table()).toMatchFileSnapshot('./__snapshots__/feature-statements.md');
  });

  test('has a statement for every link of every item to a feature', () => {
    const links =
      stages.reduce(
        (n, s) =>
          n +
          [
            ...s.data.successCriteria,
            ...s.data.exitCriteria,
            ...s.data.requirements.flatMap((g) => g.items),
            ...s.data.priorities.flatMap((g) => g.items),
            ...s.data.docs.flatMap((g) => g.items),
          ].reduce((m, item) => m + (item.features?.length ?? 0), 0),
        0,
      ) +
      sources.checklists.reduce(
        (n, c) =>
          n +
          (c.data.kind === 'migration'
            ? [...c.data.phases.flatMap((p) => p.items), ...c.data.validation].reduce(
                (m, item) => m + (item.features?.length ?? 0),
                0,
              )
            : 0),
        0,
      );
    const cells = sources.matrices.reduce(
      (n, m) =>
        n +
        m.data.rows.reduce(
          (k, r) =>
            k +
            stages.reduce((j, s) => {
              const ids = new Set([
                ...(r.features ?? []).map((f) => f.id),
                ...(r.cells[s.id]?.features ?? []).map((f) => f.id),
              ]);
              return j + ids.size;
            }, 0),
          0,
        ),
      0,
    );
    expect(all.length).toBe(links + cells);
  });

  test('a feature becomes required at the first stage where any place requires it outright', () => {
    for (const f of derived) {
      const mine = all.filter((s) => s.feature === f.feature.id && s.requires && !s.condition);
      const first = mine
        .map((s) => s.stage)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      expect(f.requiredAt?.stage, f.feature.id).toBe(first);
      expect(f.requiredAt?.places ?? [], f.feature.id).toEqual(
        mine.filter((s) => s.stage === first),
      );
    }
  });

  test('never leaves a feature unrequired when a place requires it, even under a condition', () => {
    for (const f of derived) {
      const any = all.some((s) => s.feature === f.feature.id && s.requires);
      expect(f.requiredAt !== undefined || f.requiredIf !== undefined, f.feature.id).toBe(any);
    }
  });

  test('finds a disagreement wherever a place requires a feature and a list says less', () => {
    for (const f of derived) {
      for (const view of f.stages) {
        const lower = view.statements.some(
          (s) =>
            (s.place === 'requirement' && s.level !== 'must') ||
            (s.place === 'matrix' && (s.level === 'partial' || s.level === 'no')),
        );
        expect(view.disagreement?.kind === 'lower', `${f.feature.id}@${view.stage}`).toBe(
          view.requiring.length > 0 && lower,
        );
      }
    }
  });

  test('names in each disagreement sentence the words of the places that disagree', () => {
    for (const d of derived.flatMap((f) => f.disagreements)) {
      for (const s of [...d.requiring, ...d.against]) {
        if (s.text !== '') expect(d.sentence, `${d.feature}@${d.stage}`).toContain(s.text);
      }
      if (d.kind === 'unlisted') expect(d.against).toEqual([]);
    }
  });

  test('links every statement to a place on the site', () => {
    for (const s of all) {
      expect(s.href).toMatch(
        /^\/(stages\/[a-z-]+\/#[a-z0-9-]+|compare\/#[a-z0-9-]+--[a-z0-9-]+|checklists\/[a-z-]+\/#item--[a-z0-9-]+)$/,
      );
    }
  });
});

describe('conditionOf', () => {
  test('reads the guide’s condition from the words or the phase', () => {
    expect(conditionOf('Multi-region deployment (if global users)')).toBe('if global users');
    expect(conditionOf('Kafka', 'Scale (If Needed)')).toBe('if needed');
    expect(conditionOf('Update runbooks if needed')).toBe('if needed');
    expect(conditionOf('Load balancing')).toBeUndefined();
    expect(conditionOf('Verify diff')).toBeUndefined();
  });
});
