// The topic pages, the topic index, the handbook and the stage pages' links to topics, in the
// built site: sections a lead needs, search landing on them, navigation that does not grow with
// the number of topics, and one printable handbook holding every topic.
import { afterAll, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { sortStages, stageHeading } from '../../src/lib/stages.ts';
import { REQUIRED_TOPIC_SECTIONS } from '../../src/core/topic-sections.ts';
import { topicStrings } from '../../src/lib/topics/strings.ts';
import { featureTopics, topicsForItem } from '../../src/lib/topics/topic-for.ts';
import { load } from '../fixtures/real-content.ts';
import { fileForPath, parsePage } from './dist.ts';
import { builtFragments, pagefind } from './search-index.ts';

afterAll(async () => {
  await pagefind.close();
});

const topics = load('topics');
const stages = sortStages(load('stages'));
const links = featureTopics(load('features'));
const fragments = builtFragments();

function page(path: string) {
  const file = fileForPath(path);
  if (file === undefined) throw new Error(`${path} was not built`);
  return parsePage(file);
}
/** The id a Markdown heading gets (GitHub-style slug), as the built page shows it. */
const headingWith = (doc: Document, text: string) =>
  [...doc.querySelectorAll('main :is(h2, h3)[id]')].find((h) => h.textContent?.trim() === text);

describe('every topic page', () => {
  test.each(topics.map((t) => [t.id]))(
    '%s has the required sections as anchored headings',
    (id) => {
      const doc = page(paths.topic(id));
      for (const section of REQUIRED_TOPIC_SECTIONS) {
        const heading = headingWith(doc, section.heading);
        expect(heading, `${id}: "${section.heading}"`).toBeDefined();
        expect(heading?.closest('.site-note'), 'inside the site guidance').not.toBeNull();
      }
    },
  );

  test('search lands on each required section of each topic', () => {
    const missing = topics.flatMap((t) => {
      const url = paths.topic(t.id);
      const doc = page(url);
      const anchors = new Set(fragments.get(url)?.anchors.map((a) => a.id));
      return REQUIRED_TOPIC_SECTIONS.flatMap((s) => {
        const id = headingWith(doc, s.heading)?.id ?? '(no heading)';
        return anchors.has(id) ? [] : [`${url}#${id}`];
      });
    });
    expect(missing).toEqual([]);
  });

  test('its navigation lists the index, the handbook and its related topics only', () => {
    for (const t of topics) {
      const nav = page(paths.topic(t.id)).querySelector('nav.section-nav');
      const hrefs = [...(nav?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      const related = (t.data.related ?? []).map((r) => paths.topic(r));
      expect(hrefs, t.id).toEqual([paths.topics(), ...related, paths.handbook()]);
    }
    expect(topics.length).toBeGreaterThan(5); // the check means something only with many topics
  });
});

test('the topic index groups every topic once by stage and once by kind', () => {
  const doc = page(paths.topics());
  for (const group of ['by-stage', 'by-kind']) {
    const heading = doc.getElementById(group);
    expect(heading, group).not.toBeNull();
  }
  const linksIn = (selector: string) =>
    [...doc.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href')).sort();
  const expected = topics.map((t) => paths.topic(t.id)).sort();
  expect(linksIn('section[aria-labelledby^="stage-"]')).toEqual(expected);
  expect(linksIn('section[aria-labelledby^="kind-"]')).toEqual(expected);
  const kindHeadings = [...doc.querySelectorAll('section[aria-labelledby^="kind-"] h3')].map((h) =>
    h.textContent?.trim(),
  );
  const kinds = new Set(topics.map((t) => topicStrings.kinds[t.data.kind]));
  expect(new Set(kindHeadings)).toEqual(kinds);
});

describe('the handbook', () => {
  const doc = page(paths.handbook());

  test('holds every stage and every topic as a chapter, listed in its contents', () => {
    const contents = [...doc.querySelectorAll('nav[aria-labelledby="contents"] a')].map((a) =>
      a.getAttribute('href'),
    );
    for (const stage of stages) {
      expect(doc.getElementById(stage.id)?.textContent?.trim()).toBe(stageHeading(stage));
      expect(contents).toContain(`#${stage.id}`);
    }
    for (const t of topics) {
      expect(doc.getElementById(t.id)?.textContent?.trim(), t.id).toBe(t.data.title);
      expect(contents).toContain(`#${t.id}`);
    }
  });

  test("holds each topic's sections under ids of its own, with no id repeated", () => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const t of topics) {
      const chapter = doc.querySelector(`section[aria-labelledby="${t.id}"]`);
      for (const s of REQUIRED_TOPIC_SECTIONS) {
        const heading = [...(chapter?.querySelectorAll('h3') ?? [])].find(
          (h) => h.textContent?.trim() === s.heading,
        );
        expect(heading?.id, `${t.id}: ${s.heading}`).toMatch(new RegExp(`^${t.id}--`));
      }
    }
  });
});

test('every requirement item of a stage that leads to a topic links it', () => {
  const missing = stages.flatMap((stage) => {
    const doc = page(paths.stage(stage.id));
    return stage.data.requirements.flatMap((group) =>
      group.items.flatMap((item) =>
        topicsForItem(item, links).flatMap((topicId) => {
          const hrefs = [...(doc.getElementById(item.id)?.querySelectorAll('a') ?? [])].map((a) =>
            a.getAttribute('href'),
          );
          return hrefs.includes(paths.topic(topicId))
            ? []
            : [`${stage.id}#${item.id} → ${topicId}`];
        }),
      ),
    );
  });
  expect(missing).toEqual([]);
});
