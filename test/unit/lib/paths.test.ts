import { describe, expect, test } from 'vitest';
import { isCurrentSection, makePaths, paths, withBase } from '../../../src/lib/paths.ts';

describe('paths', () => {
  test('builds entry paths from ids, with the trailing slash the site uses', () => {
    expect(paths.stage('alpha')).toBe('/stages/alpha/');
    expect(paths.topic('a-topic')).toBe('/topics/a-topic/');
    expect(paths.checklist('a-list')).toBe('/checklists/a-list/');
  });

  test('puts the overview page at the home page and other prose pages at their id', () => {
    expect(paths.page('overview')).toBe('/');
    expect(paths.page('integration')).toBe('/integration/');
  });

  test('points a matrix row at its anchor on the compare page', () => {
    expect(paths.matrixRow('a-table', 'a-row')).toBe('/compare/#a-table--a-row');
  });

  test('ends every page path with a slash and starts it with one', () => {
    const pagePaths = [
      paths.home(),
      paths.topics(),
      paths.checklists(),
      paths.compare(),
      paths.integration(),
      paths.decide(),
      paths.summary(),
      paths.contents(),
      paths.search(),
    ];
    for (const path of pagePaths) expect(path).toMatch(/^\/([a-z-]+\/)*$/);
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
  });
});

describe('isCurrentSection', () => {
  test("returns 'page' for the page itself", () => {
    expect(isCurrentSection('/compare/', '/compare/')).toBe('page');
    expect(isCurrentSection('/', '/')).toBe('page');
  });

  test("returns 'true' for a page below a section", () => {
    expect(isCurrentSection('/checklists/', '/checklists/a-list/')).toBe('true');
  });

  test('never marks the home link current for pages below it', () => {
    expect(isCurrentSection('/', '/compare/')).toBeUndefined();
    expect(isCurrentSection('/', '/stages/alpha/')).toBeUndefined();
  });

  test('returns undefined for another section', () => {
    expect(isCurrentSection('/compare/', '/checklists/')).toBeUndefined();
    expect(isCurrentSection('/stages/alpha/', '/stages/beta/')).toBeUndefined();
  });

  test('does not mark a section current for a page whose path only starts with the same letters', () => {
    expect(isCurrentSection('/topics/', '/topics-archive/')).toBeUndefined();
  });
});

describe('a site published under a sub-path (BASE_PATH)', () => {
  const guide = makePaths('/guide/');

  test('puts every page, anchor and file under the base', () => {
    expect(guide.home()).toBe('/guide/');
    expect(guide.stage('alpha')).toBe('/guide/stages/alpha/');
    expect(guide.stages()).toBe('/guide/stages/');
    expect(guide.matrixRow('a-table', 'a-row')).toBe('/guide/compare/#a-table--a-row');
    expect(guide.page('overview')).toBe('/guide/');
    expect(guide.page('integration')).toBe('/guide/integration/');
    expect(guide.at('/favicon.svg')).toBe('/guide/favicon.svg');
    expect(guide.at('/stages/poc/#priorities')).toBe('/guide/stages/poc/#priorities');
  });

  test('joins a base with or without its trailing slash, and a path with or without its leading one', () => {
    expect(withBase('/guide', '/a/')).toBe('/guide/a/');
    expect(withBase('/guide/', 'a/')).toBe('/guide/a/');
    expect(withBase('/', '/a/')).toBe('/a/');
    expect(withBase('/a/b/', '/')).toBe('/a/b/');
  });

  test('marks sections current below the base, never the home link for other pages', () => {
    expect(isCurrentSection('/guide/', '/guide/compare/', '/guide/')).toBeUndefined();
    expect(isCurrentSection('/guide/', '/guide/', '/guide/')).toBe('page');
    expect(isCurrentSection('/guide/checklists/', '/guide/checklists/a/', '/guide/')).toBe('true');
  });
});
