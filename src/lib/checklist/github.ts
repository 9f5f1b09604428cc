/**
 * "Open as GitHub issue" without a token: a link to GitHub's new-issue form with the title and
 * body in its query, opened by the reader. Our code sends nothing anywhere.
 */

/**
 * The longest new-issue URL we offer. GitHub refuses request lines of roughly 8 KB and more
 * ("414 URI Too Long"); 8,000 characters keeps a margin below that.
 */
export const GITHUB_URL_LIMIT = 8000;

/** A repository, by its owner and name. */
export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** GitHub user and organisation names: 1–39 letters, digits or single hyphens, no hyphen at either end. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Repository names: 1–100 letters, digits, `.`, `-`, `_`; not `.` or `..`. */
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Reads what the reader typed: `owner/repo`, or a pasted `github.com/owner/repo` URL (with or
 * without `https://`, `www.`, `.git` or a trailing slash). `undefined` when it names no repository.
 */
export function parseRepository(input: string): Repository | undefined {
  const text = input
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '');
  const parts = text.split('/');
  if (parts.length !== 2) return undefined;
  const [owner = '', repo = ''] = parts;
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return undefined;
  return { owner, repo };
}

/** The new-issue form URL of a repository, pre-filled with a title and a body. */
export function newIssueUrl(repository: Repository, title: string, body?: string): string {
  const base = `https://github.com/${repository.owner}/${repository.repo}/issues/new`;
  const query = new URLSearchParams({ title });
  if (body !== undefined) query.set('body', body);
  // URLSearchParams writes spaces as "+", which GitHub reads as spaces; %20 is clearer and safe.
  return `${base}?${query.toString().replace(/\+/g, '%20')}`;
}

/** The issue link, or, when the body makes it too long, its length and a title-only link. */
export type IssueLink =
  { fits: true; url: string } | { fits: false; length: number; emptyIssueUrl: string };

/** The pre-filled issue link if it fits in `limit` characters. */
export function issueLink(
  repository: Repository,
  title: string,
  body: string,
  limit = GITHUB_URL_LIMIT,
): IssueLink {
  const url = newIssueUrl(repository, title, body);
  if (url.length <= limit) return { fits: true, url };
  return { fits: false, length: url.length, emptyIssueUrl: newIssueUrl(repository, title) };
}
