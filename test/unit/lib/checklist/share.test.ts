import { describe, expect, test } from 'vitest';
import { reconcile } from '../../../../src/lib/checklist/reconcile.ts';
import {
  encodeText,
  readShareFragment,
  shareFragment,
} from '../../../../src/lib/checklist/share.ts';
import { demoModel } from './fixtures.ts';

const model = demoModel();

describe('shareFragment', () => {
  test('names the checklist, its version and the items by id', () => {
    const fragment = shareFragment(model, {
      a: { status: 'done' },
      v: { status: 'done' },
      b: { status: 'na', reason: 'n/a here' },
      c: { status: 'open', note: 'ask' },
    });
    expect(fragment).toBe('checklist=demo&v=1&done=a.v&na=b*n%252Fa%2520here&notes=c*ask');
  });

  test('is only the checklist and version when nothing is recorded', () => {
    expect(shareFragment(model, {})).toBe('checklist=demo&v=1');
  });

  test('leaves out progress on ids the checklist does not have', () => {
    expect(shareFragment(model, { gone: { status: 'done' } })).toBe('checklist=demo&v=1');
  });
});

describe('readShareFragment', () => {
  test('round-trips ticks, N/A reasons and notes, whatever characters they hold', () => {
    const items = {
      a: { status: 'done' as const },
      b: { status: 'na' as const, reason: 'a.b*c & d=e #f %20 “g” ✓' },
      c: { status: 'open' as const, note: 'line 1\nline 2, with . and *' },
      v: { status: 'na' as const },
    };
    const shared = readShareFragment(`#${shareFragment(model, items)}`, ['demo']);
    expect(shared?.ignored).toEqual([]);
    expect(shared?.ignoredNote).toBe('');
    expect(shared && reconcile(shared.snapshot, model).items).toEqual(items);
    expect(shared?.snapshot.complete).toBe(false);
    expect(shared?.snapshot.contentVersion).toBe('1');
  });

  test('is none of ours for an ordinary anchor, an empty fragment or another checklist', () => {
    expect(readShareFragment('#week-1', ['demo'])).toBeUndefined();
    expect(readShareFragment('', ['demo'])).toBeUndefined();
    expect(readShareFragment('#checklist=other&done=a', ['demo'])).toBeUndefined();
    expect(readShareFragment('#checklist=Not%20an%20id', ['demo'])).toBeUndefined();
  });

  test('ignores malformed parts with a note, and keeps the rest', () => {
    const shared = readShareFragment('#checklist=demo&v=1&done=a.b&na=Bad%20Id&color=red', [
      'demo',
    ]);
    expect(shared?.snapshot.items).toEqual({ a: { status: 'done' }, b: { status: 'done' } });
    expect(shared?.ignored.map((p) => [p.key, p.reason])).toEqual([
      ['na', 'invalid-value'],
      ['color', 'unknown-parameter'],
    ]);
    expect(shared?.ignoredNote).toMatch(/^Part of this link could not be used/);
  });

  test('refuses a reason with a broken percent-encoding', () => {
    const shared = readShareFragment('#checklist=demo&done=a&na=b*%25E0%25A4', ['demo']);
    expect(shared?.snapshot.items).toEqual({ a: { status: 'done' } });
    expect(shared?.ignored.map((p) => p.key)).toEqual(['na']);
  });

  test('ids the checklist no longer has are reported as removed by reconcile, the rest load', () => {
    const shared = readShareFragment('#checklist=demo&v=0&done=a.old-item', ['demo']);
    expect(shared).toBeDefined();
    if (!shared) return;
    const { items, changes } = reconcile(shared.snapshot, model);
    expect(items).toEqual({ a: { status: 'done' } });
    expect(changes.removed.map((r) => r.id)).toEqual(['old-item']);
    expect(changes.fromVersion).toBe('0');
  });

  test('a later N/A of the same id wins over done', () => {
    const shared = readShareFragment('#checklist=demo&done=a&na=a', ['demo']);
    expect(shared?.snapshot.items).toEqual({ a: { status: 'na' } });
  });
});

describe('encodeText', () => {
  test('leaves no list separator in the text', () => {
    expect(encodeText('a.b*c')).toBe('a%2Eb%2Ac');
    expect(decodeURIComponent(encodeText("it's (ok)! ~"))).toBe("it's (ok)! ~");
  });
});
