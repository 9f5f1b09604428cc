// Build-time access to the content collections. Pages read content only through these helpers,
// so sorting and "entry must exist" checks live in one place.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { sortStages } from '../lib/stages.ts';
import type { TermData } from '../schemas/vocabulary.ts';

/** The stages in lifecycle order. */
export async function loadStages(): Promise<CollectionEntry<'stages'>[]> {
  return sortStages(await getCollection('stages'));
}

/** A page of the `pages` collection; the content check guarantees the routes' pages exist. */
export async function loadPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (page === undefined) throw new Error(`content/pages/${id}.mdx is missing; a route shows it.`);
  return page;
}

/** A section of a page, by id; missing sections fail the build with the page and section named. */
export function pageSection(page: CollectionEntry<'pages'>, id: string) {
  const section = page.data.sections.find((s) => s.id === id);
  if (section === undefined) {
    throw new Error(
      `content/pages/${page.id}.mdx has no section "${id}"; the page's route shows it.`,
    );
  }
  return section;
}

/** The vocabulary as a lookup from level value to its words and symbol. */
export async function loadTerms(): Promise<Map<string, TermData>> {
  return new Map((await getCollection('vocabulary')).map((term) => [term.id, term.data]));
}

/** A term's data; the content check guarantees every level has one. */
export function term(terms: Map<string, TermData>, id: string): TermData {
  const found = terms.get(id);
  if (found === undefined) throw new Error(`content/vocabulary.yaml has no term "${id}".`);
  return found;
}

/** Topics by id, sorted by title, for lists and links. */
export async function loadTopics(): Promise<CollectionEntry<'topics'>[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Matrices in page order. */
export async function loadMatrices(): Promise<CollectionEntry<'matrices'>[]> {
  return (await getCollection('matrices')).sort((a, b) => a.data.order - b.data.order);
}

/** Checklists in page order. */
export async function loadChecklists(): Promise<CollectionEntry<'checklists'>[]> {
  return (await getCollection('checklists')).sort((a, b) => a.data.order - b.data.order);
}

/** The guide's status line, from the overview page. */
export async function loadGuideMeta() {
  const overview = await loadPage('overview');
  if (overview.data.guide === undefined) {
    throw new Error('content/pages/overview.mdx needs its `guide` status block.');
  }
  return { siteName: overview.data.title, ...overview.data.guide };
}

/** The features followed across stages (load balancing, caching, ...), in file order. */
export async function loadFeatures(): Promise<CollectionEntry<'features'>[]> {
  return getCollection('features');
}

/** Every page of the `pages` collection, in file order. */
export async function loadPages(): Promise<CollectionEntry<'pages'>[]> {
  return getCollection('pages');
}

/** Every quiz (the site has one), in file order. */
export async function loadQuizzes(): Promise<CollectionEntry<'quiz'>[]> {
  return getCollection('quiz');
}

/** The stage quiz; the decide and plan pages use it, so it must exist. */
export async function loadQuiz(): Promise<CollectionEntry<'quiz'>> {
  const quiz = (await loadQuizzes())[0];
  if (quiz === undefined)
    throw new Error('content/quiz/ holds no quiz; the decide and plan pages use it.');
  return quiz;
}

/** A template checklist by id; the route that shows it needs it to exist with `kind: template`. */
export async function loadTemplateChecklist(id: string) {
  const entry = await getEntry('checklists', id);
  if (entry === undefined || entry.data.kind !== 'template') {
    throw new Error(`content/checklists/${id}.yaml must exist with kind: template.`);
  }
  return { ...entry, data: entry.data };
}

/** An entry's MDX body, rendered: its component and its headings. */
export async function renderEntry(entry: CollectionEntry<'pages'> | CollectionEntry<'topics'>) {
  return render(entry);
}

/** An entry's MDX body, rendered, as a component. */
export async function renderBody(entry: CollectionEntry<'pages'> | CollectionEntry<'topics'>) {
  return (await renderEntry(entry)).Content;
}
