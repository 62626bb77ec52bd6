import { describe, expect, it } from 'vitest';
import { jsonEntryText, mdxEntryText } from '../../../../src/lib/cms/entryFile.ts';
import type { ObjectInfo } from '../../../../src/lib/cms/mergeFrontmatter.ts';

const text = { kind: 'leaf' as const, view: (stored: unknown) => (stored === '' || stored == null ? undefined : stored) };
const INFO: ObjectInfo = { kind: 'object', fields: { title: text, tags: { kind: 'array', element: text } } };

const STORED = `---
title: "Ein Titel" # Kommentar
tags: [A]
---

## Abschnitt

- eins
- zwei
`;

// Keystatic's rendering of the same entry: js-yaml frontmatter, "*" bullets, no blank line.
const keystatic = (title: string, body = '## Abschnitt\n\n* eins\n* zwei\n') => `---\ntitle: ${title}\ntags:\n  - A\n---\n${body}`;

describe('lib/cms/entryFile', () => {
  it('stores an unchanged entry byte for byte', () => {
    expect(mdxEntryText(STORED, keystatic('Ein Titel'), INFO)).toBe(STORED);
  });

  it('keeps the body bytes when only the frontmatter changed', () => {
    expect(mdxEntryText(STORED, keystatic('Neuer Titel'), INFO)).toBe(STORED.replace('"Ein Titel"', '"Neuer Titel"'));
  });

  it('writes a changed body in the project style after a blank line', () => {
    const written = mdxEntryText(STORED, keystatic('Ein Titel', '## Abschnitt\n\n* eins\n* zwei\n* drei\n'), INFO);
    expect(written).toBe(STORED.replace('- zwei\n', '- zwei\n- drei\n'));
  });

  it('writes a new entry with frontmatter in the project style', () => {
    expect(mdxEntryText(undefined, keystatic('Ganz neu', 'Text.\n'), INFO)).toBe('---\ntitle: "Ganz neu"\ntags: [A]\n---\n\nText.\n');
  });

  it('refuses a stored file without frontmatter instead of guessing', () => {
    expect(() => mdxEntryText('Nur Text\n', keystatic('X'), INFO)).toThrow(/Frontmatter/);
  });

  it('stores an unchanged JSON entry byte for byte', () => {
    const stored = '{"title": "A", "tags": ["x"]}\n';
    expect(jsonEntryText(stored, '{\n  "title": "A",\n  "tags": [\n    "x"\n  ]\n}\n', INFO)).toBe(stored);
  });
});
