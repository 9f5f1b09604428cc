import { describe, expect, test } from 'vitest';
import {
  ARIA_KEYSHORTCUTS,
  isApplePlatform,
  isSearchShortcut,
  shortcutLabel,
} from '../../../../src/lib/search/shortcut.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  test('is Ctrl+K or ⌘K, whatever the case of the letter', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  test('is never a bare letter or "/", so typing never opens search', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/'))).toBe(false);
  });

  test('leaves other combinations to the browser', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { metaKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('j', { ctrlKey: true }))).toBe(false);
  });
});

describe('shortcutLabel and isApplePlatform', () => {
  test('names the Command key on Apple platforms and Ctrl elsewhere', () => {
    expect(shortcutLabel(isApplePlatform('MacIntel'))).toBe('⌘ K');
    expect(shortcutLabel(isApplePlatform('macOS'))).toBe('⌘ K');
    expect(shortcutLabel(isApplePlatform('iPhone'))).toBe('⌘ K');
    expect(shortcutLabel(isApplePlatform('Linux x86_64'))).toBe('Ctrl K');
    expect(shortcutLabel(isApplePlatform('Win32'))).toBe('Ctrl K');
    expect(shortcutLabel(isApplePlatform(undefined))).toBe('Ctrl K');
  });

  test('declares both shortcuts for assistive technology', () => {
    expect(ARIA_KEYSHORTCUTS.split(' ')).toEqual(['Control+K', 'Meta+K']);
  });
});
