import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from '../../../../src/lib/moderation/shortcuts.ts';
import { strings } from '../../../../src/strings.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'LI', ...more });

describe('moderation shortcuts', () => {
  it('maps the keys the help lists', () => {
    expect(['j', 'k', 'a', 'r', 's', 'h', 'e', 'x'].map((key) => shortcutFor(press(key)))).toEqual(['next', 'previous', 'approve', 'reject', 'spam', 'ham', 'edit', 'select']);
    const documented = strings.moderation.queue.shortcuts.flatMap(([keys]) => keys.split(' / '));
    expect(documented.sort()).toEqual(['a', 'e', 'h', 'j', 'k', 'r', 's', 'x']);
  });

  it('leaves typing and browser shortcuts alone', () => {
    expect(shortcutFor(press('a', { targetTag: 'INPUT', targetType: 'search' }))).toBeNull();
    expect(shortcutFor(press('s', { targetTag: 'TEXTAREA' }))).toBeNull();
    expect(shortcutFor(press('j', { targetTag: 'SELECT' }))).toBeNull();
    expect(shortcutFor(press('a', { targetTag: 'DIV', targetEditable: true }))).toBeNull();
    expect(shortcutFor(press('a', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('s', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('A'))).toBeNull();
  });

  it('works while a checkbox or button has focus', () => {
    expect(shortcutFor(press('a', { targetTag: 'INPUT', targetType: 'checkbox' }))).toBe('approve');
    expect(shortcutFor(press('j', { targetTag: 'BUTTON' }))).toBe('next');
  });
});
