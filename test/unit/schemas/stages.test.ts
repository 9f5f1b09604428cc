import { describe, expect, test } from 'vitest';
import { idRef } from '../../../src/schemas/shared.ts';
import { makeStageSchema } from '../../../src/schemas/stages.ts';
import { formattedIssues, oneItem, stageInput } from '../../fixtures/entries.ts';

const schema = makeStageSchema(idRef);
const FILE = 'content/stages/alpha.mdx';
const problems = (fields: Record<string, unknown>) =>
  formattedIssues(schema, stageInput(fields), FILE);

describe('a valid stage', () => {
  test('passes with only the required fields', () => {
    expect(schema.safeParse(stageInput()).success).toBe(true);
  });

  test('turns its links into references to their collections', () => {
    const stage = schema.parse(
      stageInput({
        next: 'beta',
        requirements: [
          {
            level: 'must',
            heading: 'Must',
            items: [{ id: 'r', text: 'R', features: ['logs', 'metrics'] }],
          },
        ],
        stagePriorities: { topic: 'priorities' },
      }),
    );
    expect(stage.next).toEqual({ collection: 'stages', id: 'beta' });
    expect(stage.keyDocs).toEqual([{ collection: 'topics', id: 'topic-one' }]);
    expect(stage.docs[0]?.items[0]?.topic).toEqual({ collection: 'topics', id: 'topic-one' });
    expect(stage.requirements[0]?.items[0]?.features).toEqual([
      { collection: 'features', id: 'logs' },
      { collection: 'features', id: 'metrics' },
    ]);
    expect(stage.stagePriorities.topic).toEqual({ collection: 'topics', id: 'priorities' });
  });

  test('passes with every optional section filled in', () => {
    const full = stageInput({
      next: 'beta',
      timeBox: {
        maxDuration: '2 weeks',
        limit: { amount: 2, unit: 'weeks' },
        integrationRequired: 'Merge',
      },
      integrationCheckpoint: {
        requiredAfter: '2 Weeks',
        critical: '**Merge** it',
        lists: [{ id: 'must-do', title: 'Must Do', kind: 'checklist', items: oneItem('merge') }],
        timeLimit: 'At most 2 weeks',
        risks: oneItem('risk-drift'),
      },
      checkpointRequirements: {
        after: 'After 2 weeks',
        when: 'When ready',
        lists: [{ id: 'cr-list', kind: 'bullets', items: oneItem('cr-merge') }],
        critical: 'Do not wait',
      },
      moveWhen: oneItem('move-ready'),
    });
    expect(schema.safeParse(full).success).toBe(true);
  });

  test('trims its texts', () => {
    expect(schema.parse(stageInput({ name: '  Alpha  ' })).name).toBe('Alpha');
  });
});

describe('an invalid stage', () => {
  test('names a missing required field', () => {
    const input = stageInput();
    delete input['focus'];
    expect(formattedIssues(schema, input, FILE)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          focus: received nothing (the field is missing); expected a string"
    `);
  });

  test('names a field of the wrong type', () => {
    expect(problems({ order: 'first' })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          order: received "first"; expected a number"
    `);
  });

  test('asks for a whole number of at least 1 as the order', () => {
    expect(problems({ order: 1.5 })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          order: received number 1.5; expected a whole number"
    `);
    expect(problems({ order: 0 })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          order: received number 0; expected at least 1"
    `);
  });

  test('names an id that is not kebab-case', () => {
    expect(problems({ goals: oneItem('Goal_One') })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          goals[0].id: received "Goal_One"; expected a kebab-case id (lowercase letters and digits joined by single hyphens)"
    `);
  });

  test('names a duplicate id and where it was first used', () => {
    expect(problems({ exitCriteria: oneItem('goal-one') })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          exitCriteria[0].id: received duplicate id "goal-one"; expected ids unique within a stage (first used at goals[0].id)"
    `);
  });

  test('names a duplicate id inside a checkpoint list and where it was first used', () => {
    const integrationCheckpoint = {
      requiredAfter: '2 Weeks',
      critical: 'Merge it',
      lists: [
        { id: 'must-do', kind: 'checklist', items: [...oneItem('same'), ...oneItem('same')] },
      ],
    };
    expect(problems({ integrationCheckpoint })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          integrationCheckpoint.lists[0].items[1].id: received duplicate id "same"; expected ids unique within a stage (first used at integrationCheckpoint.lists[0].items[0].id)"
    `);
  });

  test('names an unknown field', () => {
    expect(problems({ colour: 'blue' })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          (top level): received unknown field "colour"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });

  test('names an unknown field inside a nested object', () => {
    const characteristics = { ...(stageInput()['characteristics'] as object), budget: 'small' };
    expect(problems({ characteristics })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          characteristics: received unknown field "budget"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });

  test('names a requirement level that does not exist', () => {
    expect(problems({ requirements: [{ level: 'could', heading: 'Could', items: oneItem('r') }] }))
      .toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          requirements[0].level: received "could"; expected one of "must", "should", "nice", "dont-need", "optional""
    `);
  });

  test('asks for at least one item in a list', () => {
    expect(problems({ goals: [] })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          goals: received a list of 0 items; expected at least 1 item"
    `);
  });

  test('asks for non-empty text', () => {
    expect(problems({ name: '   ' })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          name: received "   "; expected non-empty text"
    `);
  });

  test('names a documentation item with neither a topic nor a label', () => {
    expect(problems({ docs: [{ need: 'essential', items: [{ id: 'doc-one', priority: 'P0' }] }] }))
      .toMatchInlineSnapshot(`
        "Content check failed: 1 problem.
          content/stages/alpha.mdx
            docs[0].items[0]: received an object with "id", "priority"; expected a topic, a label or both"
      `);
  });

  test('names stage priorities with neither items nor a topic', () => {
    expect(problems({ stagePriorities: { note: 'See elsewhere' } })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          stagePriorities: received an object with "note"; expected items, a topic or both"
    `);
  });

  test('names a link that is not a kebab-case id', () => {
    expect(problems({ next: 'Beta Stage', keyDocs: ['Topic One'] })).toMatchInlineSnapshot(`
      "Content check failed: 2 problems.
        content/stages/alpha.mdx
          next: received "Beta Stage"; expected the kebab-case id of an entry in "stages"
          keyDocs[0]: received "Topic One"; expected the kebab-case id of an entry in "topics""
    `);
  });

  test('names a named list of an unknown kind', () => {
    const checkpointRequirements = {
      after: 'Later',
      when: 'Then',
      lists: [{ id: 'list', kind: 'numbered', items: oneItem('x') }],
    };
    expect(problems({ checkpointRequirements })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          checkpointRequirements.lists[0].kind: received "numbered"; expected one of "checklist", "bullets""
    `);
  });

  test('names a time limit in an unknown unit', () => {
    const timeBox = {
      maxDuration: '2 days',
      limit: { amount: 2, unit: 'days' },
      integrationRequired: 'Merge',
    };
    expect(problems({ timeBox })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          timeBox.limit.unit: received "days"; expected one of "weeks", "months""
    `);
  });
  test('names a review cadence whose item is not in the integration checkpoint', () => {
    const timeBox = {
      maxDuration: 'Ongoing',
      integrationRequired: 'Keep merging',
      cadence: { amount: 3, unit: 'months', item: 'no-such-item' },
    };
    const integrationCheckpoint = {
      requiredAfter: 'Ongoing',
      critical: 'Keep it merged',
      lists: [{ id: 'ongoing', kind: 'checklist', items: oneItem('regular-review') }],
    };
    expect(problems({ timeBox, integrationCheckpoint })).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/alpha.mdx
          timeBox.cadence.item: received "no-such-item"; expected the id of an item of this stage's integrationCheckpoint lists, the words that state the cadence"
    `);
  });
});

describe('a review cadence', () => {
  test('passes when its item is an item of the integration checkpoint', () => {
    const stage = schema.parse(
      stageInput({
        timeBox: {
          maxDuration: 'Ongoing',
          integrationRequired: 'Keep merging',
          cadence: { amount: 3, unit: 'months', item: 'regular-review' },
        },
        integrationCheckpoint: {
          requiredAfter: 'Ongoing',
          critical: 'Keep it merged',
          lists: [{ id: 'ongoing', kind: 'checklist', items: oneItem('regular-review') }],
        },
      }),
    );
    expect(stage.timeBox?.cadence).toEqual({ amount: 3, unit: 'months', item: 'regular-review' });
  });
});
