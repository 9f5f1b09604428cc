import { describe, expect, test } from 'vitest';
import {
  DEFAULT_BASE_PATH,
  DEFAULT_SITE_URL,
  siteLocation,
} from '../../../src/integrations/site-location.ts';

describe('siteLocation (SITE_URL and BASE_PATH)', () => {
  test('defaults to the local preview server at the root', () => {
    expect(siteLocation({})).toEqual({ site: DEFAULT_SITE_URL, base: DEFAULT_BASE_PATH });
    expect(siteLocation({ SITE_URL: ' ', BASE_PATH: '' })).toEqual({
      site: DEFAULT_SITE_URL,
      base: '/',
    });
  });

  test('normalises the base to a leading and a trailing slash', () => {
    for (const raw of ['guide', '/guide', 'guide/', '/guide/', '//guide//']) {
      expect(siteLocation({ BASE_PATH: raw }).base, raw).toBe('/guide/');
    }
    expect(siteLocation({ BASE_PATH: '/org/repo' }).base).toBe('/org/repo/');
  });

  test('keeps the origin of SITE_URL', () => {
    expect(siteLocation({ SITE_URL: 'https://org.github.io/' }).site).toBe('https://org.github.io');
  });

  test('rejects a bad value, naming the variable, what was received and what was expected', () => {
    expect(() => siteLocation({ SITE_URL: 'org.github.io' })).toThrow(
      /SITE_URL: received "org\.github\.io"; expected an absolute URL/,
    );
    expect(() => siteLocation({ SITE_URL: 'ftp://x.example' })).toThrow(
      /expected an http or https URL/,
    );
    expect(() => siteLocation({ SITE_URL: 'https://org.github.io/repo/' })).toThrow(
      /expected an origin only \(put the sub-path "\/repo\/" in BASE_PATH\)/,
    );
    expect(() => siteLocation({ BASE_PATH: '/a/../b/' })).toThrow(
      /BASE_PATH: received "\/a\/\.\.\/b\/"/,
    );
    expect(() => siteLocation({ BASE_PATH: '/a b/' })).toThrow(/expected a path of plain segments/);
  });
});
