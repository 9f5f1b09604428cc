// Rules about the real content that the content check does not enforce, but that a reader would
// notice if they broke: features that appear in a table but on no stage, topic pages nothing links
// to, checklist items that share saved progress, quiz answers out of step with the stages.
import { describe, expect, test } from 'vitest';
import { sortStages } from '../../src/lib/stages.ts';
import { featureTopics, topicsForItem } from '../../src/lib/topics/topic-for.ts';
import { findRefs } from '../../src/schemas/rules.ts';
import { load } from '../fixtures/real-content.ts';

const stages = sortStages(load('stages'));
const stageIds = stages.map((s) => s.id);
const matrices = load('matrices');
const checklists = load('checklists');
const quizzes = load('quiz');
const topics = load('topics');
const pages = load('pages');
const features = load('features');

test('the content has stages, tables, checklists, a quiz, topics and pages to check', () => {
  for (const list of [stages, matrices, checklists, quizzes, topics, pages, features]) {
    expect(list.length).toBeGreaterThan(0);
  }
});

describe('features', () => {
  const requirementFeatures = new Set(
    stages.flatMap((s) => s.data.requirements.flatMap((g) => g.items.flatMap((i) => (i.features ?? []).map((f) => f.id)))),
  );

  // A feature may be known only from a table: the guide names On-Call in the team table and
  // nowhere among the stage requirements. What must not happen is a feature nothing follows.
  test('every feature is followed by a requirement, a priority, a table row or a checklist item', () => {
    const used = new Set([
      ...requirementFeatures,
      ...stages.flatMap((s) => s.data.priorities.flatMap((g) => g.items.flatMap((i) => (i.features ?? []).map((f) => f.id)))),
      ...matrices.flatMap((m) => m.data.rows.flatMap((row) => (row.features ?? []).map((f) => f.id))),
      ...checklists.flatMap((c) => findRefs(c.data).filter((r) => r.ref.collection === 'features').map((r) => r.ref.id)),
    ]);
    expect(features.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  test('every requirement and priority names a feature that exists', () => {
    const known = new Set(features.map((f) => f.id));
    const dangling = stages.flatMap((s) =>
      [...s.data.requirements, ...s.data.priorities].flatMap((g) =>
        g.items.flatMap((i) => ((i.features ?? []).some((f) => !known.has(f.id)) ? [`${s.file}: ${i.id}`] : [])),
      ),
    );
    expect(dangling).toEqual([]);
  });
});

describe('topics', () => {
  const topicIds = new Set(topics.map((t) => t.id));

  /**
   * Where each topic is linked from a place a reader follows: stage docs, key docs, stage
   * priorities, requirement items, pages, and other topics' related links.
   */
  const featureLinks = featureTopics(features);
  const linkedFrom = new Map<string, string[]>();
  const link = (topicId: string, where: string) => {
    linkedFrom.set(topicId, [...(linkedFrom.get(topicId) ?? []), where]);
  };
  for (const stage of stages) {
    stage.data.docs.forEach((group, g) =>
      group.items.forEach((doc, i) => doc.topic && link(doc.topic.id, `${stage.file} docs[${g}].items[${i}]`)),
    );
    stage.data.keyDocs.forEach((ref, i) => link(ref.id, `${stage.file} keyDocs[${i}]`));
    if (stage.data.stagePriorities.topic) link(stage.data.stagePriorities.topic.id, `${stage.file} stagePriorities`);
    // A requirement item links the topic of the feature it names (the stage page shows the link).
    stage.data.requirements.forEach((group, g) =>
      group.items.forEach((item, i) =>
        topicsForItem(item, featureLinks).forEach((id) => link(id, `${stage.file} requirements[${g}].items[${i}]`)),
      ),
    );
  }
  // A topic's navigation links its related topics.
  for (const topic of topics) {
    (topic.data.related ?? []).forEach((id, i) => link(id, `${topic.file} related[${i}]`));
  }
  for (const page of pages) {
    page.data.sections.forEach((section, s) =>
      section.items.forEach((item, i) => item.topic && link(item.topic.id, `${page.file} sections[${s}].items[${i}]`)),
    );
  }

  test('every topic page is linked from a stage or a page', () => {
    const orphans = topics.filter((t) => !linkedFrom.has(t.id)).map((t) => t.file);
    expect(orphans).toEqual([]);
  });

  test('every topic a stage, a page or a feature links to exists', () => {
    const dangling = [...stages, ...pages, ...features].flatMap((entry) =>
      findRefs(entry.data)
        .filter(({ ref }) => ref.collection === 'topics' && !topicIds.has(ref.id))
        .map(({ path, ref }) => `${entry.file} ${path}: "${ref.id}"`),
    );
    expect(dangling).toEqual([]);
  });
});

describe('migration checklists', () => {
  const migrations = checklists.flatMap((c) => (c.data.kind === 'migration' ? [{ ...c, data: c.data }] : []));

  test('there is a migration for every step from one stage to the next', () => {
    const steps = migrations.map((m) => `${m.data.from.id} → ${m.data.to.id}`).sort();
    const expected = stages.slice(0, -1).map((s, i) => `${s.id} → ${stageIds[i + 1]}`).sort();
    expect(steps).toEqual(expected);
  });

  test.each(migrations.map((m) => [m.file, m] as const))('%s keeps every item id unique across its phases and validation', (_, m) => {
    const ids = [...m.data.phases.flatMap((p) => p.items), ...m.data.validation].map((i) => i.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});

describe('quiz', () => {
  const questions = quizzes.flatMap((q) => q.data.questions.map((question) => ({ file: q.file, question })));

  test('has questions', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  // Answers fit ranges of stages (content/quiz); together they fit every stage, in stage order.
  test.each(questions.map(({ file, question }) => [`${file} ${question.id}`, question] as const))(
    '%s fits every stage with its answers, in stage order',
    (_, question) => {
      const fitted = question.answers.flatMap((a) => a.stages.map((s) => s.id));
      expect(stageIds.filter((id) => fitted.includes(id))).toEqual(stageIds);
      const firsts = question.answers.map((a) => stageIds.indexOf(a.stages[0]?.id ?? ''));
      expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    },
  );
});
