import { describe, expect, test } from 'vitest';
import {
  GITHUB_URL_LIMIT,
  issueLink,
  newIssueUrl,
  parseRepository,
} from '../../../../src/lib/checklist/github.ts';

describe('parseRepository', () => {
  test.each([
    ['my-org/infrastructure', 'my-org', 'infrastructure'],
    ['  Octo-Cat/hello.world  ', 'Octo-Cat', 'hello.world'],
    ['a/b_c-d.e', 'a', 'b_c-d.e'],
    ['https://github.com/my-org/infra', 'my-org', 'infra'],
    ['http://www.github.com/my-org/infra/', 'my-org', 'infra'],
    ['github.com/my-org/infra.git', 'my-org', 'infra'],
  ])('reads %j', (input, owner, repo) => {
    expect(parseRepository(input)).toEqual({ owner, repo });
  });

  test.each([
    [''],
    ['infrastructure'],
    ['my-org/'],
    ['/infra'],
    ['my-org/infra/issues'],
    ['-org/infra'],
    ['org-/infra'],
    ['my--org/infra'],
    ['my org/infra'],
    ['my-org/in fra'],
    ['my-org/..'],
    ['my-org/.'],
    [`${'a'.repeat(40)}/infra`],
    [`my-org/${'r'.repeat(101)}`],
    ['https://gitlab.com/my-org/infra'],
    ['my-org/infra?x=1'],
    ['javascript:alert(1)/x'],
  ])('refuses %j', (input) => {
    expect(parseRepository(input)).toBeUndefined();
  });
});

describe('newIssueUrl', () => {
  test('prefills title and body, percent-encoded', () => {
    const url = newIssueUrl(
      { owner: 'o', repo: 'r' },
      'A → B & C',
      '- [x] done\n- [ ] 50% + more #1',
    );
    expect(url.startsWith('https://github.com/o/r/issues/new?title=')).toBe(true);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('title')).toBe('A → B & C');
    expect(parsed.searchParams.get('body')).toBe('- [x] done\n- [ ] 50% + more #1');
    expect(url).not.toContain('+');
  });

  test('leaves the body out when there is none', () => {
    expect(new URL(newIssueUrl({ owner: 'o', repo: 'r' }, 'T')).searchParams.has('body')).toBe(
      false,
    );
  });
});

describe('issueLink', () => {
  test('documents a safe limit of 8,000 characters', () => {
    expect(GITHUB_URL_LIMIT).toBe(8000);
  });

  test('gives the full link when it fits', () => {
    const link = issueLink({ owner: 'o', repo: 'r' }, 'T', 'short body');
    expect(link).toEqual({
      fits: true,
      url: newIssueUrl({ owner: 'o', repo: 'r' }, 'T', 'short body'),
    });
  });

  test('refuses a link longer than the limit, with its length and a title-only link', () => {
    const body = 'x'.repeat(200);
    const fitting = newIssueUrl({ owner: 'o', repo: 'r' }, 'T', body).length;
    expect(issueLink({ owner: 'o', repo: 'r' }, 'T', body, fitting).fits).toBe(true);
    const link = issueLink({ owner: 'o', repo: 'r' }, 'T', body, fitting - 1);
    expect(link).toEqual({
      fits: false,
      length: fitting,
      emptyIssueUrl: newIssueUrl({ owner: 'o', repo: 'r' }, 'T'),
    });
  });
});
