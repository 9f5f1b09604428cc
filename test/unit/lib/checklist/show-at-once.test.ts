import { describe, expect, test } from 'vitest';
import { embedProps, readEmbeddedProps } from '../../../../src/lib/checklist/embedded-props.ts';
import { progressKey } from '../../../../src/lib/checklist/storage.ts';
import { mustShowAtOnce } from '../../../../src/lib/checklist/show-at-once.ts';

const ids = ['stages/poc/success-criteria', 'stages/poc/integration-checkpoint/must-have'];
const nothing = () => null;

describe('mustShowAtOnce', () => {
  test('nothing saved and an ordinary anchor: wait for the first use', () => {
    expect(mustShowAtOnce(ids, '#success--uptime-99', nothing)).toBe(false);
    expect(mustShowAtOnce(ids, '', nothing)).toBe(false);
  });

  test('saved progress of one of the lists, under the key storage.ts writes: at once', () => {
    const saved = new Map([[progressKey(ids[1] ?? ''), '{}']]);
    expect(mustShowAtOnce(ids, '', (key) => saved.get(key) ?? null)).toBe(true);
  });

  test('progress saved for another list only: wait', () => {
    const saved = new Map([[progressKey('poc-to-mvp'), '{}']]);
    expect(mustShowAtOnce(ids, '', (key) => saved.get(key) ?? null)).toBe(false);
  });

  test('a share link for one of the lists: at once; for another list: wait', () => {
    expect(mustShowAtOnce(ids, `#checklist=${encodeURIComponent(ids[0] ?? '')}&v=1`, nothing)).toBe(
      true,
    );
    expect(mustShowAtOnce(ids, '#checklist=poc-to-mvp&v=1', nothing)).toBe(false);
  });

  test('storage refused (it throws): nothing to show, no error', () => {
    const refused = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(mustShowAtOnce(ids, '', refused)).toBe(false);
  });

  test('no lists: never at once', () => {
    expect(mustShowAtOnce([], '#checklist=x', () => '{}')).toBe(false);
  });
});

describe('embedProps', () => {
  test('round-trips props, and text holding </script> cannot end the element', () => {
    const props = { model: { title: 'Ends </script><script>alert(1)</script> here' }, level: 3 };
    const text = embedProps(props);
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
    expect(readEmbeddedProps(text)).toEqual(props);
  });

  test('something other than a JSON object is refused with a clear error', () => {
    expect(() => readEmbeddedProps('[1,2]')).toThrow(/expected a JSON object/);
    expect(() => readEmbeddedProps('null')).toThrow(/expected a JSON object/);
    expect(() => readEmbeddedProps('{oops')).toThrow(SyntaxError);
  });
});
