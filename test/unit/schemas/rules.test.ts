import { describe, expect, test } from 'vitest';
import {
  type CheckedEntry,
  checkMatrixCells,
  checkMigrations,
  checkFeatureNames,
  checkQuizPageItems,
  checkQuizRows,
  checkReferences,
  checkRequiredEntries,
  checkRules,
  checkStageChain,
  editDistance,
  expectedIds,
  findRefs,
  REQUIRED_PAGES,
  REQUIRED_TERMS,
} from '../../../src/schemas/rules.ts';
import type { CollectionName } from '../../../src/schemas/shared.ts';

// Entries as the rules see them after validation, with only the fields each rule reads.
// Stage ids are made up ("alpha", "beta", "gamma"); none of the guide's content is typed here.

const ref = (collection: CollectionName, id: string) => ({ collection, id });

function stage(id: string, order: number, next?: string): CheckedEntry {
  return {
    collection: 'stages',
    id,
    file: `content/stages/${id}.mdx`,
    data: {
      order,
      ...(next !== undefined && { next: ref('stages', next) }),
      keyDocs: [ref('topics', 'logs')],
      // The lists the feature rules read (they link features); empty here.
      shortName: id.toUpperCase(),
      successCriteria: [],
      exitCriteria: [],
      requirements: [],
      priorities: [],
      docs: [],
    },
  };
}

function matrix(id: string, rows: { id: string; cells: string[] }[]): CheckedEntry {
  return {
    collection: 'matrices',
    id,
    file: `content/matrices/${id}.yaml`,
    data: {
      rows: rows.map((row) => ({
        id: row.id,
        label: row.id,
        cells: Object.fromEntries(row.cells.map((s) => [s, { level: 'yes', text: undefined }])),
      })),
    },
  };
}

function migration(id: string, from: string, to: string): CheckedEntry {
  return {
    collection: 'checklists',
    id,
    file: `content/checklists/${id}.yaml`,
    data: {
      kind: 'migration',
      from: ref('stages', from),
      to: ref('stages', to),
      phases: [],
      validation: [],
    },
  };
}

/** A quiz whose rule cites `cites` (items of the page "summary") and whose second question has a row. */
function quiz(
  matrixRow: { matrix: string; row: string },
  cites: { principles: string[]; infrastructureAhead: string } = {
    principles: ['a-principle'],
    infrastructureAhead: 'another-principle',
  },
): CheckedEntry {
  const cite = (item: string) => ({ page: ref('pages', 'summary'), item });
  // Words for every stage of the world below, and one answer fitting all of them.
  const bands = { alpha: 'a', beta: 'b', gamma: 'c' };
  const stages = ['alpha', 'beta', 'gamma'].map((id) => ref('stages', id));
  const answers = [{ id: 'any', stages, formerIds: [] }];
  return {
    collection: 'quiz',
    id: 'a-quiz',
    file: 'content/quiz/a-quiz.yaml',
    data: {
      rule: {
        principles: cites.principles.map(cite),
        infrastructureAhead: cite(cites.infrastructureAhead),
      },
      questions: [
        { id: 'q-without-row', bands, answers },
        {
          id: 'q-with-row',
          matrixRow: { matrix: ref('matrices', matrixRow.matrix), row: matrixRow.row },
          bands,
          answers,
        },
      ],
    },
  };
}

const topic = (id: string): CheckedEntry => ({
  collection: 'topics',
  id,
  file: `content/topics/${id}.mdx`,
  data: {},
});
const page = (id: string): CheckedEntry => ({
  collection: 'pages',
  id,
  file: `content/pages/${id}.mdx`,
  data: {},
});
const term = (id: string, group: string): CheckedEntry => ({
  collection: 'vocabulary',
  id,
  file: 'content/vocabulary.yaml',
  data: { group, label: id, description: id },
});

/** A page with one section holding items with the given ids. */
const pageWithItems = (id: string, itemIds: string[]): CheckedEntry => ({
  ...page(id),
  data: { sections: [{ id: 'section', items: itemIds.map((item) => ({ id: item })) }] },
});

/** Every page and term the site requires, taken from the rules themselves. */
const requiredEntries = (): CheckedEntry[] => [
  ...REQUIRED_PAGES.map((id) =>
    id === 'summary' ? pageWithItems(id, ['a-principle', 'another-principle']) : page(id),
  ),
  ...Object.entries(REQUIRED_TERMS).flatMap(([group, ids]) => ids.map((id) => term(id, group))),
];

/** A small world that breaks no rule: three stages in a chain, a table, a migration and a quiz. */
const world = (): CheckedEntry[] => [
  stage('alpha', 1, 'beta'),
  stage('beta', 2, 'gamma'),
  stage('gamma', 3),
  topic('logs'),
  matrix('a-table', [{ id: 'row-one', cells: ['alpha', 'beta', 'gamma'] }]),
  migration('alpha-to-beta', 'alpha', 'beta'),
  quiz({ matrix: 'a-table', row: 'row-one' }),
  ...requiredEntries(),
];

/** `world()` with `replacements` put in place of the entries with the same collection and id. */
const worldWith = (...replacements: CheckedEntry[]): CheckedEntry[] => [
  ...world().filter(
    (e) => !replacements.some((r) => r.collection === e.collection && r.id === e.id),
  ),
  ...replacements,
];

test('a consistent set of entries breaks no rule', () => {
  expect(checkRules(world())).toEqual([]);
});

describe('findRefs', () => {
  test('finds every reference with its path', () => {
    const data = {
      next: ref('stages', 'beta'),
      docs: [{ items: [{ topic: ref('topics', 'logs'), label: 'Logs' }] }],
      keyDocs: [ref('topics', 'a'), ref('topics', 'b')],
      text: 'collection',
    };
    expect(findRefs(data).map(({ path, ref: r }) => `${path} → ${r.collection}/${r.id}`)).toEqual([
      'next → stages/beta',
      'docs[0].items[0].topic → topics/logs',
      'keyDocs[0] → topics/a',
      'keyDocs[1] → topics/b',
    ]);
  });

  test('does not take an object with more fields than a reference for one', () => {
    expect(findRefs({ x: { collection: 'topics', id: 'a', label: 'A' } })).toEqual([]);
  });
});

describe('checkReferences', () => {
  test('names a dangling reference, its field and the ids that exist', () => {
    const broken: CheckedEntry = {
      ...stage('beta', 2, 'gamma'),
      data: {
        order: 2,
        next: ref('stages', 'gamma'),
        keyDocs: [ref('topics', 'logs'), ref('topics', 'tracing')],
      },
    };
    expect(checkReferences(worldWith(broken))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/beta.mdx",
          "message": "received "tracing", which is not an entry of "topics"; expected one of "logs"",
          "path": "keyDocs[1]",
        },
      ]
    `);
  });

  test('names a dangling reference to a stage', () => {
    expect(checkReferences(worldWith(migration('alpha-to-beta', 'alpha', 'delta'))))
      .toMatchInlineSnapshot(`
      [
        {
          "file": "content/checklists/alpha-to-beta.yaml",
          "message": "received "delta", which is not an entry of "stages"; expected one of "alpha", "beta", "gamma"",
          "path": "to",
        },
      ]
    `);
  });
});

describe('expectedIds', () => {
  test('lists every id when there are a few', () => {
    expect(expectedIds('x', ['a', 'b'], 'topics')).toBe('one of "a", "b"');
  });

  // Ids at edit distances 1, 2, 3 and 4 from "aaaa", listed out of order among far ones.
  const MANY = ['bbbb', 'abbb', 'cccc', 'aabb', 'dddd', 'aaab', 'eeee', 'ffff', 'gggg'];

  test('gives the count and the three closest ids, closest first, when there are many', () => {
    expect(expectedIds('aaaa', MANY, 'stages')).toBe(
      'one of the 9 ids in "stages"; closest: "aaab", "aabb", "abbb"',
    );
  });

  test('says when the collection has no entries', () => {
    expect(expectedIds('x', [], 'topics')).toBe('an entry of "topics", which has none');
  });

  test('suggests the closest ids in a dangling-reference problem', () => {
    const problems = checkReferences([
      ...MANY.map(topic),
      { ...stage('alpha', 1), data: { order: 1, keyDocs: [ref('topics', 'aaaa')] } },
    ]);
    expect(problems).toEqual([
      {
        file: 'content/stages/alpha.mdx',
        path: 'keyDocs[0]',
        message:
          'received "aaaa", which is not an entry of "topics"; expected one of the 9 ids in "topics"; closest: "aaab", "aabb", "abbb"',
      },
    ]);
  });
});

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['flaw', 'lawn', 2],
  ])('counts %j to %j as %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('checkStageChain', () => {
  test('names a gap in the stage orders', () => {
    expect(checkStageChain(worldWith(stage('gamma', 4)))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/gamma.mdx",
          "message": "received 4; expected 3, so that stage orders run 1, 2, 3 … without gaps or repeats",
          "path": "order",
        },
      ]
    `);
  });

  test('names a repeated stage order', () => {
    expect(checkStageChain([stage('alpha', 1, 'beta'), stage('beta', 1)])).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/beta.mdx",
          "message": "received 1; expected 2, so that stage orders run 1, 2, 3 … without gaps or repeats",
          "path": "order",
        },
      ]
    `);
  });

  test('names a next stage that is not the following stage', () => {
    expect(checkStageChain(worldWith(stage('alpha', 1, 'gamma')))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/alpha.mdx",
          "message": "received "gamma"; expected "beta", the stage with order 2",
          "path": "next",
        },
      ]
    `);
  });

  test('names a missing next stage', () => {
    expect(checkStageChain(worldWith(stage('beta', 2)))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/beta.mdx",
          "message": "received nothing; expected "gamma", the stage with order 3",
          "path": "next",
        },
      ]
    `);
  });

  test('names a next stage on the last stage', () => {
    expect(checkStageChain(worldWith(stage('gamma', 3, 'alpha')))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/stages/gamma.mdx",
          "message": "received "alpha"; expected no next stage, because "gamma" is the last stage",
          "path": "next",
        },
      ]
    `);
  });

  test('accepts a single stage without a next stage', () => {
    expect(checkStageChain([stage('only', 1)])).toEqual([]);
  });
});

describe('checkMatrixCells', () => {
  test('names a row without a cell for a stage', () => {
    expect(
      checkMatrixCells(
        worldWith(matrix('a-table', [{ id: 'row-one', cells: ['alpha', 'gamma'] }])),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "file": "content/matrices/a-table.yaml",
          "message": "row "row-one" received cells for "alpha", "gamma"; expected a cell for every stage, missing "beta"",
          "path": "rows[0].cells",
        },
      ]
    `);
  });

  test('names a row with a cell for a stage that does not exist', () => {
    expect(
      checkMatrixCells(
        worldWith(
          matrix('a-table', [{ id: 'row-one', cells: ['alpha', 'beta', 'gamma', 'delta'] }]),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "file": "content/matrices/a-table.yaml",
          "message": "row "row-one" received cells for "delta", which are not stages; expected only "alpha", "beta", "gamma"",
          "path": "rows[0].cells",
        },
      ]
    `);
  });

  test('names both problems of a row, at the row', () => {
    expect(
      checkMatrixCells(
        worldWith(
          matrix('a-table', [
            { id: 'row-one', cells: ['alpha', 'beta', 'gamma'] },
            { id: 'row-two', cells: ['alpha', 'beta', 'omega'] },
          ]),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "file": "content/matrices/a-table.yaml",
          "message": "row "row-two" received cells for "alpha", "beta", "omega"; expected a cell for every stage, missing "gamma"",
          "path": "rows[1].cells",
        },
        {
          "file": "content/matrices/a-table.yaml",
          "message": "row "row-two" received cells for "omega", which are not stages; expected only "alpha", "beta", "gamma"",
          "path": "rows[1].cells",
        },
      ]
    `);
  });
});

describe('checkMigrations', () => {
  test('names a migration that skips a stage', () => {
    expect(checkMigrations(worldWith(migration('alpha-to-beta', 'alpha', 'gamma'))))
      .toMatchInlineSnapshot(`
      [
        {
          "file": "content/checklists/alpha-to-beta.yaml",
          "message": "received "gamma"; expected "beta", the stage after "alpha"",
          "path": "to",
        },
      ]
    `);
  });

  test('names a migration that goes backwards', () => {
    expect(checkMigrations(worldWith(migration('alpha-to-beta', 'beta', 'alpha'))))
      .toMatchInlineSnapshot(`
      [
        {
          "file": "content/checklists/alpha-to-beta.yaml",
          "message": "received "alpha"; expected "gamma", the stage after "beta"",
          "path": "to",
        },
      ]
    `);
  });

  test('names a migration from the last stage', () => {
    expect(checkMigrations(worldWith(migration('alpha-to-beta', 'gamma', 'alpha'))))
      .toMatchInlineSnapshot(`
        [
          {
            "file": "content/checklists/alpha-to-beta.yaml",
            "message": "received "alpha"; expected no migration from "gamma", the last stage",
            "path": "to",
          },
        ]
      `);
  });

  test('leaves a migration from an unknown stage to the reference check', () => {
    const entries = worldWith(migration('alpha-to-beta', 'delta', 'alpha'));
    expect(checkMigrations(entries)).toEqual([]);
    expect(checkReferences(entries).map((p) => p.path)).toEqual(['from']);
  });

  test('ignores the template', () => {
    const template: CheckedEntry = {
      collection: 'checklists',
      id: 'a-template',
      file: 'content/checklists/a-template.yaml',
      data: { kind: 'template', sections: [] },
    };
    expect(checkMigrations([...world(), template])).toEqual([]);
  });
});

describe('checkQuizRows', () => {
  test('names a question whose matrix row does not exist, and the rows that do', () => {
    expect(checkQuizRows(worldWith(quiz({ matrix: 'a-table', row: 'row-two' }))))
      .toMatchInlineSnapshot(`
      [
        {
          "file": "content/quiz/a-quiz.yaml",
          "message": "received "row-two", which is not a row of "a-table"; expected one of "row-one"",
          "path": "questions[1].matrixRow.row",
        },
      ]
    `);
  });

  test('leaves a question whose table does not exist to the reference check', () => {
    const entries = worldWith(quiz({ matrix: 'other-table', row: 'row-one' }));
    expect(checkQuizRows(entries)).toEqual([]);
    expect(checkReferences(entries).map((p) => p.path)).toEqual(['questions[1].matrixRow.matrix']);
  });
});

describe('checkQuizPageItems', () => {
  const row = { matrix: 'a-table', row: 'row-one' };

  test('names a cited principle that is not an item of its page, and the items that are', () => {
    const entries = worldWith(
      quiz(row, { principles: ['a-principle', 'no-such-item'], infrastructureAhead: 'a-principl' }),
    );
    expect(checkQuizPageItems(entries)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/quiz/a-quiz.yaml",
          "message": "received "no-such-item", which is not an item of the page "summary"; expected one of "a-principle", "another-principle"",
          "path": "rule.principles[1].item",
        },
        {
          "file": "content/quiz/a-quiz.yaml",
          "message": "received "a-principl", which is not an item of the page "summary"; expected one of "a-principle", "another-principle"",
          "path": "rule.infrastructureAhead.item",
        },
      ]
    `);
  });

  test('leaves a cited page that does not exist to the reference check', () => {
    const entries = worldWith({
      ...quiz(row),
      data: {
        ...(quiz(row).data as object),
        rule: {
          principles: [{ page: ref('pages', 'nowhere'), item: 'a-principle' }],
          infrastructureAhead: { page: ref('pages', 'summary'), item: 'another-principle' },
        },
      },
    });
    expect(checkQuizPageItems(entries)).toEqual([]);
    expect(checkReferences(entries).map((p) => p.path)).toEqual(['rule.principles[0].page']);
  });
});

describe('checkRequiredEntries', () => {
  test('names a missing required page', () => {
    const [first] = REQUIRED_PAGES;
    const entries = world().filter((e) => !(e.collection === 'pages' && e.id === first));
    expect(checkRequiredEntries(entries)).toEqual([
      {
        file: `content/pages/${first}.mdx`,
        path: '(file)',
        message: `received no such file; expected the page "${first}", which a route of the site shows`,
      },
    ]);
  });

  test('names a missing vocabulary term', () => {
    const entries = world().filter((e) => !(e.collection === 'vocabulary' && e.id === 'partial'));
    expect(checkRequiredEntries(entries)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/vocabulary.yaml",
          "message": "received no entry; expected a term "partial" in group "cell-level", so its badge has words",
          "path": "partial",
        },
      ]
    `);
  });

  test('names a vocabulary term in the wrong group', () => {
    expect(checkRequiredEntries(worldWith(term('P1', 'doc-need')))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/vocabulary.yaml",
          "message": "received group "doc-need"; expected a term "P1" in group "priority", so its badge has words",
          "path": "P1",
        },
      ]
    `);
  });

  test('names every missing page and term when there are none', () => {
    const problems = checkRequiredEntries([]);
    const termCount = Object.values(REQUIRED_TERMS).flat().length;
    expect(problems).toHaveLength(REQUIRED_PAGES.length + termCount);
  });
});

describe('checkFeatureNames', () => {
  const feature = (id: string, name: string, aliases?: string[]): CheckedEntry => ({
    collection: 'features',
    id,
    file: 'content/features.yaml',
    data: aliases === undefined ? { name } : { name, aliases },
  });

  test('accepts features whose names and aliases are all different', () => {
    const entries = [
      feature('caching', 'Caching', ['Redis']),
      feature('cdn', 'CDN for static assets', ['CDN']),
    ];
    expect(checkFeatureNames(entries)).toEqual([]);
    expect(checkRules(worldWith(...entries))).toEqual([]);
  });

  test('names the second feature that answers to words the first already uses', () => {
    expect(
      checkFeatureNames([
        feature('caching', 'Caching', ['Redis']),
        feature('queues', 'Queues', ['redis!']),
      ]),
    ).toEqual([
      {
        file: 'content/features.yaml',
        path: 'queues',
        message:
          'received the words "redis" (as its name, id or an alias), which feature "caching" also answers to; expected every name and alias to belong to one feature',
      },
    ]);
  });

  test('counts an id that is another feature’s name as shared', () => {
    expect(
      checkFeatureNames([
        feature('tracing', 'Tracing'),
        feature('traces', 'Traces', ['tracing']),
      ]).map((p) => p.path),
    ).toEqual(['traces']);
  });

  test('lets a feature repeat its own name as an alias', () => {
    expect(checkFeatureNames([feature('cdn', 'CDN', ['cdn', 'C.D.N'])])).toEqual([]);
  });
});
