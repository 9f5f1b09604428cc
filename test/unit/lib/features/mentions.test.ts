import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../../src/core/names.ts';

const features = [
  { id: 'database', name: 'Database', aliases: ['Database connection'] },
  { id: 'read-replicas', name: 'Database read replicas', aliases: ['Read replicas'] },
  { id: 'caching', name: 'Caching', aliases: ['Redis'] },
  { id: 'rate-limiting', name: 'Rate limiting', aliases: [] },
  { id: 'ci-cd', name: 'CI/CD', aliases: [] },
];

describe('findMentions', () => {
  test('finds every feature named, as whole words, ignoring case and punctuation', () => {
    expect(findMentions('Intelligent caching (Redis) and RATE-LIMITING', features)).toEqual([
      { featureId: 'caching', words: 'caching' },
      { featureId: 'rate-limiting', words: 'rate limiting' },
    ]);
    expect(findMentions('Basic CI/CD pipeline', features)).toEqual([
      { featureId: 'ci-cd', words: 'ci cd' },
    ]);
  });

  test('does not match inside a longer word', () => {
    expect(findMentions('Databases and rediscovery', features)).toEqual([]);
  });

  test('lets the longer mention win where one lies inside another feature’s', () => {
    expect(findMentions('Database read replicas', features)).toEqual([
      { featureId: 'read-replicas', words: 'database read replicas' },
    ]);
    expect(
      findMentions('Database connection and read replicas', features).map((m) => m.featureId),
    ).toEqual(['database', 'read-replicas']);
  });

  test('finds nothing in empty words', () => {
    expect(findMentions(' – ', features)).toEqual([]);
  });
});
