// The search index the build wrote (dist/pagefind): items land on their own anchors, checklist
// items' words are indexed, pages declare their stage and page-type filters from content, the
// site's chrome stays out, and pagefind.yml keeps widget controls out of the index.
import { afterAll, describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/inline.ts';
import { INDEXED_TEXT_ATTRIBUTE } from '../../src/lib/search/anchors.ts';
import { stagesNeedingTopic } from '../../src/lib/search/page-filters.ts';
import { searchStrings } from '../../src/lib/search/strings.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { topicNeeds } from '../../src/lib/topic-needs.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { load } from '../fixtures/real-content.ts';
import { builtPages, isIndexedPage, parsePage } from './dist.ts';
import { builtFragments, indexOne, pagefind } from './search-index.ts';

afterAll(async () => {
  await pagefind.close();
});

const fragments = builtFragments();
const indexed = builtPages().filter(isIndexedPage);
const stages = sortStages(load('stages'));
const shortName = new Map(stages.map((s) => [s.id, s.data.shortName]));
const { filters, kinds } = searchStrings;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function fragmentOf(url: string) {
  const fragment = fragments.get(url);
  if (!fragment) throw new Error(`${url} is not in dist/pagefind`);
  return fragment;
}

describe('items land on their own anchor', () => {
  test('every list item, timeline step and table row with an id in main has a sub-result title', () => {
    const items = indexed.flatMap((page) =>
      [...parsePage(page).querySelectorAll('main :is(li, tr, dl > div)[id]')].map((el) => ({
        el,
        where: `${page.url}#${el.id}`,
      })),
    );
    expect(items.length, 'items with an id on the built pages').toBeGreaterThan(100);
    const untitled = items
      .filter(({ el }) => (el.getAttribute('data-pagefind-title') ?? '').trim() === '')
      .map(({ where }) => where);
    expect(untitled, 'elements with an id but no data-pagefind-title').toEqual([]);
  });

  test('the index holds those anchors with their titles, page by page', () => {
    const missing = indexed.flatMap((page) => {
      const anchors = new Map(fragmentOf(page.url).anchors.map((a) => [a.id, a]));
      return [...parsePage(page).querySelectorAll('main [id][data-pagefind-title]')]
        .filter((el) => anchors.get(el.id)?.title !== el.getAttribute('data-pagefind-title'))
        .map((el) => `${page.url}#${el.id}`);
    });
    expect(missing, 'titled anchors the index lacks (or titles it changed)').toEqual([]);
  });

  test('every checklist item’s words are indexed, though Pagefind skips <label> text', () => {
    const unlabelled: string[] = [];
    const unindexed: string[] = [];
    let checked = 0;
    for (const page of indexed) {
      const content = fragmentOf(page.url).content;
      for (const li of parsePage(page).querySelectorAll('main li:has(label)')) {
        checked += 1;
        const label = squash(li.querySelector('label')?.textContent ?? '');
        const text = li.getAttribute(INDEXED_TEXT_ATTRIBUTE);
        if (text !== label) unlabelled.push(`${page.url}#${li.id}: "${text}" ≠ "${label}"`);
        else if (!content.includes(label)) unindexed.push(`${page.url}#${li.id}: ${label}`);
      }
    }
    expect(checked, 'checklist items on the built pages').toBeGreaterThan(50);
    expect(
      unlabelled,
      `checklist items whose ${INDEXED_TEXT_ATTRIBUTE} is not their label`,
    ).toEqual([]);
    expect(unindexed, 'checklist items whose words are not in the index').toEqual([]);
  });

  test('a migration checklist item is indexed under its phase’s heading', () => {
    const checklist = load('checklists').find((c) => c.data.kind === 'migration');
    if (checklist?.data.kind !== 'migration') throw new Error('content has no migration checklist');
    const phase = checklist.data.phases[0];
    const item = phase?.items[0];
    if (!phase || !item) throw new Error(`${checklist.file} has no phase with items`);
    const anchor = fragmentOf(`/checklists/${checklist.id}/`).anchors.find(
      (a) => a.id === `item--${item.id}`,
    );
    expect(anchor?.title).toBe(
      plainText(phase.period ? `${phase.period}: ${phase.title}` : phase.title),
    );
  });
});

describe('filters declared from content', () => {
  test('every indexed page declares exactly one page type, from the strings module', () => {
    const labels = Object.values(kinds) as string[];
    const wrong = indexed
      .map((page) => ({
        url: page.url,
        kind: fragmentOf(page.url).filters[filters.kind.key] ?? [],
      }))
      .filter(({ kind }) => kind.length !== 1 || !labels.includes(kind[0] ?? ''))
      .map(({ url, kind }) => `${url}: ${JSON.stringify(kind)}`);
    expect(wrong).toEqual([]);
  });

  test('stage values are only the stages’ short names', () => {
    const names = [...shortName.values()];
    const wrong = [...fragments.values()].flatMap((f) =>
      (f.filters[filters.stage.key] ?? [])
        .filter((v) => !names.includes(v))
        .map((v) => `${f.url}: ${v}`),
    );
    expect(wrong).toEqual([]);
  });

  test('a stage page declares its own stage', () => {
    for (const stage of stages) {
      const fragment = fragmentOf(`/stages/${stage.id}/`);
      expect(fragment.filters[filters.kind.key]).toEqual([kinds.stage]);
      expect(fragment.filters[filters.stage.key]).toEqual([stage.data.shortName]);
    }
  });

  test('a migration checklist declares the stages it leaves and reaches', () => {
    for (const list of load('checklists')) {
      if (list.data.kind !== 'migration') continue;
      const fragment = fragmentOf(`/checklists/${list.id}/`);
      expect(fragment.filters[filters.kind.key]).toEqual([kinds.checklist]);
      expect(fragment.filters[filters.stage.key]).toEqual([
        shortName.get(list.data.from.id),
        shortName.get(list.data.to.id),
      ]);
    }
  });

  test('a topic page declares the stages that need it', () => {
    for (const topic of load('topics')) {
      const needing = stagesNeedingTopic(topicNeeds(topic.id, stages));
      const fragment = fragmentOf(`/topics/${topic.id}/`);
      expect(fragment.filters[filters.kind.key], topic.id).toEqual([kinds.topic]);
      expect(fragment.filters[filters.stage.key] ?? [], topic.id).toEqual(
        needing.map((id) => shortName.get(id)),
      );
    }
  });

  test('the comparison and decision pages declare their kind', () => {
    expect(fragmentOf('/compare/').filters[filters.kind.key]).toEqual([kinds.comparison]);
    expect(fragmentOf('/decide/').filters[filters.kind.key]).toEqual([kinds.decision]);
  });
});

describe('only main content is indexed', () => {
  test('the skip link, navigation labels and footer words are in no page’s index entry', () => {
    const chrome = [ui.skipLink, ui.previousStage, ui.nextStage, ui.onThisPage];
    const found = [...fragments.values()].flatMap((f) =>
      chrome.filter((words) => f.content.includes(words)).map((words) => `${f.url}: "${words}"`),
    );
    expect(found).toEqual([]);
  });

  test('the contents page is findable by name, but its list of links is not indexed', () => {
    const fragment = fragmentOf('/contents/');
    expect(fragment.meta['title']).toBe(ui.contents.title);
    for (const topic of load('topics').slice(0, 3)) {
      expect(fragment.content).not.toContain(topic.data.title);
    }
  });
});

describe('pagefind.yml keeps widget controls out of the index', () => {
  // A made-up widget, as an island would render it: controls around indexed items.
  const html = `<!doctype html><html lang="en"><body>
    <nav><a href="/">Nowhere link</a></nav>
    <main data-pagefind-body><h1>Widget fixture</h1>
    <astro-island>
      <fieldset><legend>Show stages</legend><label><input type="checkbox"> Alpha only</label></fieldset>
      <button type="button">Export as Markdown</button>
      <select><option>Sort by stage</option></select>
      <p role="status">3 of 12 done</p>
      <p aria-live="polite">Copied to clipboard</p>
      <div role="toolbar"><a href="#top">Print view</a></div>
      <p hidden>Nothing matches your filter</p>
      <output>42 percent</output>
      <ul>
        <li id="item--zebra" data-pagefind-title="Week 1" data-pagefind-index-attrs="${INDEXED_TEXT_ATTRIBUTE}"
          ${INDEXED_TEXT_ATTRIBUTE}="Zebracorn rollout"><label><input type="checkbox"> Zebracorn rollout</label></li>
        <li id="item--wombat"><label><input type="checkbox"> Wombat migration</label></li>
      </ul>
      <table><tbody><tr id="m--quokka" data-pagefind-title="Matrix"><th>Quokka latency</th><td>fast</td></tr></tbody></table>
    </astro-island>
    </main><footer>Footer words</footer></body></html>`;

  test('controls, status lines, hidden and legend text are not indexed; items are', async () => {
    const fragment = await indexOne(html);
    for (const words of ['Zebracorn rollout', 'Quokka latency', 'Widget fixture']) {
      expect(fragment.content, words).toContain(words);
    }
    const controls = [
      'Show stages',
      'Alpha only',
      'Export as Markdown',
      'Sort by stage',
      '3 of 12 done',
      'Copied to clipboard',
      'Print view',
      'Nothing matches',
      '42 percent',
      'Nowhere link',
      'Footer words',
    ];
    expect(controls.filter((words) => fragment.content.includes(words))).toEqual([]);
    expect(fragment.anchors.find((a) => a.id === 'item--zebra')?.title).toBe('Week 1');
  });

  test('a checklist item without its text attribute is lost (why searchAnchor passes it)', async () => {
    const fragment = await indexOne(html);
    expect(fragment.content).not.toContain('Wombat');
  });
});
