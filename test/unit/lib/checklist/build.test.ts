import { describe, expect, test } from 'vitest';
import {
  checklistTitle,
  consecutivePairs,
  entryModel,
  fillTemplateModel,
  listModel,
  migrationModel,
  templateModel,
} from '../../../../src/lib/checklist/build.ts';
import { fingerprintIds } from '../../../../src/lib/checklist/content-version.ts';
import { allItems, itemIds } from '../../../../src/lib/checklist/model.ts';
import type { ChecklistData } from '../../../../src/schemas/checklists.ts';
import { checklist, migrationInput, oneItem, templateInput } from '../../../fixtures/entries.ts';
import { load } from '../../../fixtures/real-content.ts';

type Migration = Extract<ChecklistData, { kind: 'migration' }>;
type Template = Extract<ChecklistData, { kind: 'template' }>;

const stages = [
  { id: 'alpha', shortName: 'A' },
  { id: 'beta', shortName: 'B' },
  { id: 'gamma', shortName: 'C' },
];

describe('consecutivePairs', () => {
  test('pairs each stage with the next one', () => {
    expect(consecutivePairs(stages).map((p) => [p.id, p.label])).toEqual([
      ['alpha-to-beta', 'A → B'],
      ['beta-to-gamma', 'B → C'],
    ]);
  });

  test('gives no pair for fewer than two stages', () => {
    expect(consecutivePairs(stages.slice(0, 1))).toEqual([]);
    expect(consecutivePairs([])).toEqual([]);
  });
});

describe('migrationModel', () => {
  const data = checklist(
    migrationInput({
      version: 4,
      phases: [
        { id: 'p1', period: 'Week 1', title: 'One', items: [...oneItem('a'), ...oneItem('b')] },
        { id: 'p2', title: 'Two', items: oneItem('c') },
      ],
      validation: oneItem('v'),
    }),
  ) as Migration;

  test('makes the phases "period: title" sections, then the validation list', () => {
    const model = migrationModel('alpha-to-beta', data, 'Migration checklist: A → B', 'Check');
    expect(model.id).toBe('alpha-to-beta');
    expect(model.title).toBe('Migration checklist: A → B');
    expect(model.contentVersion).toBe('4');
    expect(model.sections.map((s) => [s.id, s.heading, s.items.map((i) => i.id)])).toEqual([
      ['p1', 'Week 1: One', ['a', 'b']],
      ['p2', 'Two', ['c']],
      ['validation', 'Check', ['v']],
    ]);
  });

  test('passes only ids and words to the island (no feature references)', () => {
    const model = migrationModel('x', data, 'T', 'Check');
    for (const item of allItems(model)) expect(Object.keys(item).sort()).toEqual(['id', 'text']);
  });
});

describe('templateModel', () => {
  const data = checklist(templateInput()) as Template;
  const [pair] = consecutivePairs(stages);

  test('as written keeps the placeholders and the template id', () => {
    const model = templateModel('template', data);
    expect(model.id).toBe('template');
    expect(model.title).toBe('From {this} to {that}');
    expect(allItems(model)[0]?.text).toBe('Leave {this}');
  });

  test('for a pair fills every placeholder and keeps progress per pair', () => {
    const model = templateModel('template', data, pair);
    expect(model.id).toBe('template/alpha-to-beta');
    expect(model.title).toBe('From A to B');
    expect(allItems(model)[0]?.text).toBe('Leave A');
    expect(model.contentVersion).toBe('1');
  });

  test('fillTemplateModel fills the blank model (the island does it) with its own id and the same version', () => {
    if (pair === undefined) throw new Error('no stage pair');
    const blank = templateModel('template', data);
    const filled = fillTemplateModel(blank, data.placeholders, pair);
    expect(filled.id).toBe('template/alpha-to-beta');
    expect(filled.title).toBe('From A to B');
    expect(allItems(filled).map((i) => i.text)).toEqual(
      allItems(blank).map((i) => i.text.replaceAll('{this}', 'A').replaceAll('{that}', 'B')),
    );
    expect(itemIds(filled)).toEqual(itemIds(blank));
    expect(filled.contentVersion).toBe(blank.contentVersion);
  });
});

describe('listModel', () => {
  test('is one section whose content version is the fingerprint of its ids', () => {
    const model = listModel('stages/alpha/success-criteria', 'A: Success', 'A: Success', [
      { id: 'x', text: 'X' },
      { id: 'y', text: 'Y' },
    ]);
    expect(model.sections).toHaveLength(1);
    expect(model.sections[0]?.id).toBe('stages--alpha--success-criteria');
    expect(model.contentVersion).toBe(fingerprintIds(['x', 'y']));
  });
});

describe('the real checklists', () => {
  const lists = load('checklists');
  const realStages = load('stages')
    .sort((a, b) => a.data.order - b.data.order)
    .map((s) => ({ id: s.id, shortName: s.data.shortName }));

  test('every migration checklist becomes a model with unique item ids', () => {
    const migrations = lists.filter((l) => l.data.kind === 'migration');
    expect(migrations.length).toBeGreaterThan(0);
    for (const list of migrations) {
      const model = migrationModel(list.id, list.data as Migration, list.id, 'Validation');
      const ids = itemIds(model);
      expect(new Set(ids).size, list.file).toBe(ids.length);
      expect(model.contentVersion).toBe(String(list.data.version));
    }
  });

  test('the template is filled for every consecutive pair, with no placeholder left', () => {
    const templates = lists.filter((l) => l.data.kind === 'template');
    expect(templates.length).toBeGreaterThan(0);
    const pairs = consecutivePairs(realStages);
    expect(pairs).toHaveLength(realStages.length - 1);
    for (const template of templates) {
      const data = template.data as Template;
      for (const pair of pairs) {
        const model = templateModel(template.id, data, pair);
        const texts = [
          model.title,
          ...model.sections.map((s) => s.heading),
          ...allItems(model).map((i) => i.text),
        ];
        for (const text of texts) {
          expect(text, template.file).not.toContain(data.placeholders.stage);
          expect(text, template.file).not.toContain(data.placeholders.nextStage);
        }
        expect(model.title).toContain(pair.stage.shortName);
        expect(model.title).toContain(pair.nextStage.shortName);
      }
    }
  });
});

describe('entryModel', () => {
  const migration = checklist(
    migrationInput({
      phases: [
        { id: 'phase-one', title: 'One', items: [...oneItem('a'), ...oneItem('b')] },
        { id: 'phase-two', period: 'Week 2', title: 'Two', items: oneItem('c') },
      ],
      validation: [...oneItem('v1'), ...oneItem('v2'), ...oneItem('v3')],
    }),
  );
  const template = checklist(
    templateInput({
      sections: [
        { id: 'first', title: 'First', items: [...oneItem('a'), ...oneItem('b')] },
        { id: 'second', title: 'Second', items: oneItem('c') },
      ],
    }),
  );

  test("gives a migration's phases followed by its validation list under the given heading", () => {
    const model = entryModel('m', migration, 'Title', 'Check it');
    expect(model.title).toBe('Title');
    expect(model.sections.map((s) => [s.id, s.heading, s.items.map((i) => i.id)])).toEqual([
      ['phase-one', 'One', ['a', 'b']],
      ['phase-two', 'Week 2: Two', ['c']],
      ['validation', 'Check it', ['v1', 'v2', 'v3']],
    ]);
    expect(itemIds(model)).toHaveLength(6);
  });

  test("gives the template's sections as written, under its own title", () => {
    const model = entryModel('t', template, 'Ignored', 'Check it');
    expect(model.title).toBe('From {this} to {that}');
    expect(model.sections.map((s) => s.id)).toEqual(['first', 'second']);
    expect(itemIds(model)).toHaveLength(3);
  });
});

describe('checklistTitle', () => {
  const migration = checklist(migrationInput());
  const template = checklist(templateInput());

  test('names a migration by its stages with an arrow', () => {
    const names = new Map([
      ['alpha', 'First'],
      ['beta', 'Second'],
    ]);
    expect(checklistTitle(migration, names)).toBe('First → Second');
  });

  test('falls back to the stage ids when a name is unknown', () => {
    expect(checklistTitle(migration, new Map())).toBe('alpha → beta');
  });

  test("gives a template's own title", () => {
    expect(checklistTitle(template, new Map())).toBe('From {this} to {that}');
  });
});
