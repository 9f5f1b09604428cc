// The content check on the real content, and on copies of it with one small break each: every
// problem names the file, the field, what was received and what was expected.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblems } from '../../src/content-check/zod-issues.ts';
import * as breaks from '../fixtures/content-breaks.ts';
import {
  copyContent,
  PROJECT_ROOT,
  readYaml,
  removeCopy,
  stagesInOrder,
} from '../fixtures/content-copy.ts';

test('the real content has no problems', () => {
  expect(checkContent(PROJECT_ROOT)).toEqual([]);
});

describe('a copy of the content with one break', () => {
  let root = '';
  beforeEach(() => {
    root = copyContent();
  });
  afterEach(() => {
    removeCopy(root);
  });

  /** Applies `brk` to the copy and returns the content check's report. */
  const report = (brk: (root: string) => void) => {
    brk(root);
    return formatProblems(checkContent(root));
  };

  /** The ids of a collection, read from the copy. */
  const knownIds = (collection: 'features' | 'topics') =>
    collection === 'features'
      ? Object.keys(readYaml(root, breaks.FILES.features) as object)
      : readdirSync(join(root, 'content/topics'))
          .filter((name) => /\.mdx?$/.test(name))
          .map((name) => name.replace(/\.mdx?$/, ''));

  /**
   * `text` with the "expected" part of a dangling-reference message replaced by a placeholder,
   * after checking it: it counts the collection's ids and suggests three of them.
   */
  const withIdsElided = (text: string, collection: 'features' | 'topics') => {
    const match = /expected one of the (\d+) ids in "([a-z]+)"; closest: ((?:"[a-z0-9-]+"(?:, )?)+)$/m.exec(text);
    expect(match, 'a dangling-reference message').not.toBeNull();
    const [expected = '', count = '', named = '', closest = ''] = match ?? [];
    const ids = knownIds(collection);
    expect(named).toBe(collection);
    expect(Number(count)).toBe(ids.length);
    const suggested = [...closest.matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(suggested).toHaveLength(3);
    for (const id of suggested) expect(ids).toContain(id);
    return text.replace(expected, `expected one of the <count> ids in "${collection}"; closest: <3 ids>`);
  };

  test('names an item whose words name a feature it does not link', () => {
    expect(report(breaks.unlinkMentionedFeature)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          successCriteria[3].features: received "Basic monitoring in place", whose words "monitoring" name the feature "monitoring", which it does not link; expected "monitoring" in features, or a notAbout entry for it with the reason"
    `);
  });

  test('accepts an item that sets a named feature aside with a reason', () => {
    breaks.setAsideMentionedFeature(root);
    expect(checkContent(root)).toEqual([]);
  });

  test('names a disagreement without the site’s reading, and quotes it', () => {
    expect(report(breaks.deleteDisagreementReading)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          caching.readings.production: received no reading; expected one sentence of the site's reading, because the guide's places disagree here: The comparison table marks it ✅ Yes (Redis) at Production (Infrastructure Components: Caching) and the migration checklist to Production has the task “Add intelligent caching (Redis)”, while the Production requirements list it under “Should have”, P1 (“Intelligent caching (Redis)”)."
    `);
  });

  test('names a reading where the guide’s places agree', () => {
    expect(report(breaks.addReadingWithoutDisagreement)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          logging.readings.poc: received a reading for "poc", where the guide's places do not disagree about "logging" (or which is not a stage); expected readings only where they disagree: none"
    `);
  });

  test('names a missing required field', () => {
    expect(report(breaks.deleteStageFocus)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          focus: received nothing (the field is missing); expected a string"
    `);
  });

  test('names a field of the wrong type', () => {
    expect(report(breaks.setStageOrderToWord)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          order: received "second"; expected a number"
    `);
  });

  test('names an unknown field', () => {
    expect(report(breaks.addUnknownStageField)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          (top level): received unknown field "owner"; expected only the fields the schema documents (see src/schemas/)"
    `);
  });

  test('names an id that is not kebab-case', () => {
    expect(report(breaks.setGoalIdNotKebab)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          goals[0].id: received "Goal_One"; expected a kebab-case id (lowercase letters and digits joined by single hyphens)"
    `);
  });

  test('names a duplicate id and where it was first used', () => {
    expect(report(breaks.duplicateGoalId)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          goals[1].id: received duplicate id "same-goal"; expected ids unique within a stage (first used at goals[0].id)"
    `);
  });

  test('names a matrix cell that is a list', () => {
    expect(report(breaks.setMatrixCellToList)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/infrastructure-components.yaml
          rows[0].cells.mvp: received a list of 2 items; expected plain text, or an object with "level" and/or "text""
    `);
  });

  test('names a matrix cell with neither level nor text', () => {
    expect(report(breaks.setMatrixCellToEmptyObject)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/matrices/infrastructure-components.yaml
          rows[0].cells.mvp: received an empty object; expected a level, a text or both"
    `);
  });

  test('names a requirement whose feature does not exist, and lists the features that do', () => {
    expect(withIdsElided(report(breaks.pointRequirementAtMissingFeature), 'features')).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          requirements[0].items[0].features[1]: received "no-such-feature", which is not an entry of "features"; expected one of the <count> ids in "features"; closest: <3 ids>"
    `);
  });

  test('names a documentation need whose topic does not exist, and lists the topics that do', () => {
    expect(withIdsElided(report(breaks.pointDocNeedAtMissingTopic), 'topics')).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/stages/mvp.mdx
          docs[0].items[0].topic: received "no-such-topic", which is not an entry of "topics"; expected one of the <count> ids in "topics"; closest: <3 ids>"
    `);
  });

  test('names a stage that breaks the chain of stages', () => {
    const stages = stagesInOrder(root);
    const index = stages.findIndex((s) => breaks.FILES.stage === `content/stages/${s.id}.mdx`);
    const following = stages[index + 1];
    if (following === undefined) throw new Error(`${breaks.FILES.stage} must not be the last stage`);
    const text = report(breaks.deleteStageNext);
    expect(text).toContain(
      `  ${breaks.FILES.stage}\n    next: received nothing; expected "${following.id}", the stage with order ${following.order}`,
    );
    // The stage is not the last one, so no message may say it is.
    expect(text).not.toContain('because the stage is the last');
  });

  test('names a matrix row without a cell for a stage', () => {
    const [row] = (readYaml(root, breaks.FILES.matrix) as { rows: { id: string; cells: object }[] }).rows;
    const others = Object.keys(row?.cells ?? {})
      .filter((stage) => stage !== 'mvp')
      .map((stage) => `"${stage}"`)
      .join(', ');
    expect(report(breaks.deleteMatrixCell)).toBe(
      [
        'Content check failed: 1 problem.',
        `  ${breaks.FILES.matrix}`,
        `    rows[0].cells: row "${row?.id}" received cells for ${others}; expected a cell for every stage, missing "mvp"`,
      ].join('\n'),
    );
  });

  test('names a migration that does not go to the next stage', () => {
    const { from } = readYaml(root, breaks.FILES.migration) as { from: string };
    const next = stagesInOrder(root).find((stage) => stage.id === from)?.next;
    expect(report(breaks.pointMigrationAtItsOwnStage)).toBe(
      [
        'Content check failed: 1 problem.',
        `  ${breaks.FILES.migration}`,
        `    to: received "${from}"; expected "${next}", the stage after "${from}"`,
      ].join('\n'),
    );
  });

  test('names a checklist of an unknown kind and the kinds it expects', () => {
    const text = report(breaks.setChecklistKindUnknown);
    expect(text).toContain(breaks.FILES.migration);
    expect(text).toMatch(/kind: received "plan"; expected kind "migration" or "template"$/m);
  });

  test('names a quiz question whose matrix row does not exist', () => {
    expect(report(breaks.pointQuizAtMissingRow)).toMatch(
      new RegExp(
        `^  ${breaks.FILES.quiz}\n    questions\\[0\\]\\.matrixRow\\.row: received "no-such-row", which is not a row of "[a-z-]+"; expected one of "`,
        'm',
      ),
    );
  });

  test('names an impossible date', () => {
    expect(report(breaks.setImpossibleGuideDate)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/overview.mdx
          guide.lastUpdated: received "2026-02-30"; expected a date written YYYY-MM-DD"
    `);
  });

  test('names the entry of a one-file collection in the field path', () => {
    expect(report(breaks.setFeatureNameToNumber)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/features.yaml
          logging.name: received number 5; expected a string"
    `);
  });

  test('names a missing vocabulary term', () => {
    expect(report(breaks.deletePriorityTerm)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/vocabulary.yaml
          P1: received no entry; expected a term "P1" in group "priority", so its badge has words"
    `);
  });

  test('names a missing required page', () => {
    expect(report(breaks.deleteDecidePage)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/pages/decide.mdx
          (file): received no such file; expected the page "decide", which a route of the site shows"
    `);
  });

  test('names a YAML file that cannot be read, and the line of the error', () => {
    const line = breaks.appendDuplicateKeyToQuiz(root);
    const problems = checkContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: breaks.FILES.quiz, path: `(line ${line})` });
    expect(problems[0]?.message).toMatch(/^received YAML that cannot be read \(Map keys must be unique.*\); expected valid YAML$/);
  });

  test('names MDX frontmatter that cannot be read, and the line of the error in the file', () => {
    breaks.addTopicWithBadYaml(root);
    const problems = checkContent(root);
    // One problem: the unreadable frontmatter, not also every field it could not deliver.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/topics/bad-yaml-topic.mdx',
      path: `(line ${breaks.BAD_YAML_TOPIC_LINE})`,
    });
    expect(problems[0]?.message).toMatch(/^received YAML that cannot be read \(Map keys must be unique.*\); expected valid YAML$/);
  });

  test('names an MDX file without frontmatter', () => {
    expect(report(breaks.addTopicWithoutFrontmatter)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/no-frontmatter-topic.mdx
          (frontmatter): received no frontmatter; expected the file to start with a --- block of YAML"
    `);
  });

  test('names a file whose name is not a kebab-case id', () => {
    expect(report(breaks.addTopicWithBadFileName)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem.
        content/topics/Bad_Name.mdx
          (id): received the id "Bad_Name"; expected a kebab-case id (rename the file or key)"
    `);
  });

  test('reports every broken file, not only the first', () => {
    breaks.deleteStageFocus(root);
    breaks.setMatrixCellToList(root);
    const problems = checkContent(root);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      `${breaks.FILES.stage} focus`,
      `${breaks.FILES.matrix} rows[0].cells.mvp`,
    ]);
  });
});
