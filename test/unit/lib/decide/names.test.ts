import { describe, expect, test } from 'vitest';
import { featureKeys, matchFeature, nameKey, sharedKeys } from '../../../../src/core/names.ts';
import { load } from '../../../fixtures/real-content.ts';

const features = [
  { id: 'caching', name: 'Caching', aliases: ['Redis', 'Cache'] },
  { id: 'ci-cd', name: 'CI/CD', aliases: ['CI/CD pipeline'] },
  { id: 'read-replicas', name: 'Database read replicas', aliases: ['Read replicas'] },
];

describe('nameKey', () => {
  test('ignores case, punctuation and extra spaces', () => {
    expect(nameKey('  Load-Balancing ')).toBe('load balancing');
    expect(nameKey('CI/CD')).toBe('ci cd');
    expect(nameKey('MFA, RBAC')).toBe(nameKey('mfa/rbac'));
    expect(nameKey('Ｒｅｄｉｓ')).toBe('redis');
  });

  test('keeps letters and digits of any script', () => {
    expect(nameKey('Équilibrage de charge')).toBe('équilibrage de charge');
    expect(nameKey('P95 latency')).toBe('p95 latency');
  });

  test('is empty for punctuation alone', () => {
    expect(nameKey(' -/- ')).toBe('');
  });
});

describe('matchFeature', () => {
  test('matches a name, an id or an alias, whatever the case and punctuation', () => {
    expect(matchFeature('caching', features)?.id).toBe('caching');
    expect(matchFeature('REDIS', features)?.id).toBe('caching');
    expect(matchFeature('ci-cd', features)?.id).toBe('ci-cd');
    expect(matchFeature('CI CD pipeline', features)?.id).toBe('ci-cd');
    expect(matchFeature('read replicas', features)?.id).toBe('read-replicas');
  });

  test('does not guess: near spellings, parts and longer phrases are not matches', () => {
    for (const text of ['cachng', 'cach', 'redis cluster', 'replicas', 'caching layer', '', '  ']) {
      expect(matchFeature(text, features), text).toBeUndefined();
    }
  });
});

describe('sharedKeys', () => {
  test('is empty when every feature answers to its own words', () => {
    expect(sharedKeys(features)).toEqual([]);
  });

  test('names words two features answer to', () => {
    expect(sharedKeys([...features, { id: 'queues', name: 'Queues', aliases: ['cache'] }])).toEqual(
      [{ key: 'cache', featureIds: ['caching', 'queues'] }],
    );
  });

  test('lists each of a feature’s keys once', () => {
    expect(featureKeys({ id: 'cdn', name: 'CDN', aliases: ['cdn', 'C.D.N.'] })).toEqual([
      'cdn',
      'c d n',
    ]);
  });
});

describe('the real features', () => {
  const real = load('features').map((f) => ({
    id: f.id,
    name: f.data.name,
    aliases: f.data.aliases ?? [],
  }));

  test('share no name or alias', () => {
    expect(sharedKeys(real)).toEqual([]);
  });

  test('each answer to their name, their id and every alias', () => {
    const misses = real.flatMap((f) =>
      [f.name, f.id, ...f.aliases].flatMap((words) =>
        matchFeature(words, real)?.id === f.id ? [] : [`${words} -> ${f.id}`],
      ),
    );
    expect(misses).toEqual([]);
  });
});
