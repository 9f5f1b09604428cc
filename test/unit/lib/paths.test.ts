import { describe, expect, test } from 'vitest';
import { isCurrentSection, paths } from '../../../src/lib/paths.ts';

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
