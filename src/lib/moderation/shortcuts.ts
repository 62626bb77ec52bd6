/** Keyboard shortcuts of the moderation queue; the help on the page lists the same keys (strings.moderation.queue.shortcuts). */
export type ShortcutCommand = 'next' | 'previous' | 'approve' | 'reject' | 'spam' | 'ham' | 'edit' | 'select';

const KEYS: Record<string, ShortcutCommand> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  h: 'ham',
  e: 'edit',
  x: 'select',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element's tag name and type, to leave typing in fields alone. */
  targetTag: string;
  targetType?: string;
  targetEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// A checkbox or button takes no letters, so shortcuts may act while one has focus.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit']);

/** The command a key press means, or null: no shortcut with modifier keys or while typing in a field. */
export function shortcutFor(press: KeyPress): ShortcutCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.targetEditable) return null;
  if (TYPING_TAGS.has(press.targetTag) && !(press.targetTag === 'INPUT' && NON_TEXT_INPUTS.has(press.targetType ?? ''))) return null;
  return KEYS[press.key] ?? null;
}
