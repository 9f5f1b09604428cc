import { markdownHeadings, REQUIRED_TOPIC_SECTIONS, usesMdx } from '../core/topic-sections.ts';
import type { FeatureData } from './features.ts';
import type { CheckedEntry, Problem } from './rules.ts';

/**
 * Rules about topics that look at their bodies and at the features: every topic has the
 * sections a lead needs (REQUIRED_TOPIC_SECTIONS), a topic is MDX only when it uses a component,
 * related topics exist, and every feature the guide follows has a topic or says why it has none.
 */

function topicsOf(entries: readonly CheckedEntry[]) {
  return entries.filter((e) => e.collection === 'topics');
}

/** Every topic body has each required section as a heading. */
export function checkTopicSections(entries: readonly CheckedEntry[]): Problem[] {
  return topicsOf(entries).flatMap((topic) => {
    const headings = markdownHeadings(topic.body ?? '').map((h) => h.toLowerCase());
    return REQUIRED_TOPIC_SECTIONS.filter(
      (section) => !headings.includes(section.heading.toLowerCase()),
    ).map((section) => ({
      file: topic.file,
      path: '(body)',
      message: `received no heading "${section.heading}"; expected a section with that heading (${section.why})`,
    }));
  });
}

/** A topic written as MDX uses a component; one that does not is plain Markdown (faster to build). */
export function checkTopicFormat(entries: readonly CheckedEntry[]): Problem[] {
  return topicsOf(entries)
    .filter((topic) => topic.file.endsWith('.mdx') && !usesMdx(topic.body ?? ''))
    .map((topic) => ({
      file: topic.file,
      path: '(file)',
      message: `received an .mdx file that imports and uses no component; expected plain Markdown: rename it to ${topic.id}.md`,
    }));
}

/** A topic's related topics exist and are not the topic itself. */
export function checkRelatedTopics(entries: readonly CheckedEntry[]): Problem[] {
  const topics = topicsOf(entries);
  const ids = new Set(topics.map((t) => t.id));
  return topics.flatMap((topic) => {
    const related = (topic.data as { related?: string[] }).related ?? [];
    return related.flatMap((id, i) =>
      ids.has(id) && id !== topic.id
        ? []
        : [
            {
              file: topic.file,
              path: `related[${i}]`,
              message:
                id === topic.id
                  ? `received "${id}", the topic itself; expected another topic`
                  : `received "${id}", which is not a topic; expected the id of a file in content/topics/`,
            },
          ],
    );
  });
}

/** Every feature names its topic or says in `noTopic` why it has none, and not both. */
export function checkFeatureTopics(entries: readonly CheckedEntry[]): Problem[] {
  return entries
    .filter((e) => e.collection === 'features')
    .flatMap((feature) => {
      const data = feature.data as FeatureData;
      if (data.topic !== undefined && data.noTopic !== undefined) {
        return [
          {
            file: feature.file,
            path: `${feature.id}.noTopic`,
            message: `received both a topic ("${data.topic.id}") and a reason for having none; expected one of them`,
          },
        ];
      }
      if (data.topic !== undefined || data.noTopic !== undefined) return [];
      return [
        {
          file: feature.file,
          path: `${feature.id}.topic`,
          message:
            'received neither a topic nor a reason; expected `topic: <topic id>`, or `noTopic:` saying why no topic page covers it',
        },
      ];
    });
}

/** A Markdown link to a site-root path ("[POC](/stages/poc/)"), which no build step rebases. */
const SITE_ROOT_LINK = /\]\((\/(?!\/)[^)\s]*)/g;

/**
 * A topic body links no site-root path: the body is shown on the topic's page and in /handbook/,
 * under whatever BASE_PATH the site is published at, and a path written in Markdown would leave it.
 */
export function checkTopicLinks(entries: readonly CheckedEntry[]): Problem[] {
  return topicsOf(entries).flatMap((topic) =>
    [...(topic.body ?? '').matchAll(SITE_ROOT_LINK)].map((match) => ({
      file: topic.file,
      path: '(body)',
      message: `received a link to the site path "${match[1] ?? ''}"; expected none in the body, which is shown under any BASE_PATH: link the site's pages with \`related\` or \`resolvedTo\`, or name them in words`,
    })),
  );
}

/** Runs every topic rule. */
export function checkTopicRules(entries: readonly CheckedEntry[]): Problem[] {
  return [
    ...checkTopicSections(entries),
    ...checkTopicFormat(entries),
    ...checkRelatedTopics(entries),
    ...checkFeatureTopics(entries),
    ...checkTopicLinks(entries),
  ];
}
