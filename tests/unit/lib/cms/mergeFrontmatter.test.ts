import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeFrontmatter, mergeJson, type FieldInfo, type ObjectInfo } from '../../../../src/lib/cms/mergeFrontmatter.ts';
import { postTemplate } from '../../../../src/lib/factCheck/postTemplate.ts';

// Fields as Keystatic treats them: empty text is left out, a checkbox always has a value.
const text: FieldInfo = { kind: 'leaf', view: (stored) => (stored === '' || stored == null ? undefined : stored) };
const date: FieldInfo = { kind: 'leaf', view: (stored) => (stored == null ? undefined : new Date(String(stored))) };
const checkbox = (absentValue?: boolean): FieldInfo => ({ kind: 'leaf', view: (stored) => stored ?? absentValue ?? false, absentValue });
const group = (fields: Record<string, FieldInfo>): ObjectInfo => ({ kind: 'object', fields });
const list = (element: FieldInfo, absentValue?: unknown[]): FieldInfo => ({ kind: 'array', element, absentValue });

const POST = group({
  title: text,
  pubDate: date,
  updatedDate: date,
  tags: list(text),
  draft: checkbox(false),
  hero: group({ src: text, kind: { kind: 'leaf', view: (stored) => stored ?? 'photo', absentValue: 'photo' } }),
  factCheck: group({
    sources: list(group({ id: text, title: text, primary: checkbox() })),
    disclosure: group({ sponsored: { kind: 'leaf', view: (stored) => stored }, conflicts: text }),
    corrections: list(group({ date, text }), []),
  }),
});

const FILE = `title: "Ein Titel"
# Erscheinungsdatum
pubDate: 2026-03-12
tags: [DSGVO, Plattformen]
draft: true
vorlage: behalten # unknown to the editor
factCheck:
  sources: []
  #  - id: kurzname
  disclosure:
    sponsored: false
    conflicts: ""
`;

// What the editor hands over for FILE untouched: dates as Dates, empty text left out, unknown keys gone.
const UNTOUCHED = {
  title: 'Ein Titel',
  pubDate: new Date('2026-03-12'),
  tags: ['DSGVO', 'Plattformen'],
  draft: true,
  hero: { kind: 'photo' },
  factCheck: { sources: [], disclosure: { sponsored: false }, corrections: [] },
};

describe('lib/cms/mergeFrontmatter', () => {
  it('returns the file itself when the author changed nothing', () => {
    expect(mergeFrontmatter(FILE, UNTOUCHED, POST)).toBe(FILE);
  });

  it('changes only the edited value, keeping quotes, comments and unknown keys', () => {
    const merged = mergeFrontmatter(FILE, { ...UNTOUCHED, title: 'Ein neuer Titel', tags: ['DSGVO', 'Plattformen', 'Recht'] }, POST);
    expect(merged).toBe(FILE.replace('"Ein Titel"', '"Ein neuer Titel"').replace('[DSGVO, Plattformen]', '[DSGVO, Plattformen, Recht]'));
  });

  it('removes a value the author cleared and keeps the comment above it', () => {
    const merged = mergeFrontmatter(FILE, { ...UNTOUCHED, pubDate: undefined }, POST);
    expect(merged).not.toContain('pubDate');
    expect(merged).toContain('# Erscheinungsdatum\ntags:');
  });

  it('adds a new value where the editor orders it, in the project style', () => {
    const merged = mergeFrontmatter(FILE, { ...UNTOUCHED, updatedDate: new Date('2026-04-01'), hero: { src: './bilder/a.svg', kind: 'symbolic' } }, POST);
    expect(merged).toContain('pubDate: 2026-03-12\nupdatedDate: 2026-04-01\ntags:');
    expect(merged).toContain('vorlage: behalten # unknown to the editor\nhero:\n  src: ./bilder/a.svg\n  kind: symbolic\nfactCheck:');
  });

  it('does not add a group the author left as the editor showed it', () => {
    // No `corrections:` and no `hero:` in FILE; the editor shows an empty list and a photo kind.
    const merged = mergeFrontmatter(FILE, { ...UNTOUCHED, title: 'Neu' }, POST);
    expect(merged).not.toContain('corrections');
    expect(merged).not.toContain('hero');
  });

  it('writes a list that gets its first group as a block list', () => {
    const sources = [{ id: 'dsa', title: 'Digital Services Act', primary: true }];
    const merged = mergeFrontmatter(FILE, { ...UNTOUCHED, factCheck: { ...UNTOUCHED.factCheck, sources } }, POST);
    expect(merged).toContain('  sources:\n    - id: dsa\n      title: "Digital Services Act"\n      primary: true\n  #  - id: kurzname\n');
  });

  it('quotes text that would read back as a date, a number or a boolean', () => {
    const merged = mergeFrontmatter('title: Alt\n', { title: '2026-03-12' }, POST);
    expect(merged).toBe('title: "2026-03-12"\n');
    expect(mergeFrontmatter('title: Alt\n', { title: 'yes' }, POST)).toBe('title: "yes"\n');
  });

  it('writes a new file without groups that hold only defaults, values as given', () => {
    const yaml = mergeFrontmatter(undefined, { ...UNTOUCHED, draft: false, factCheck: { ...UNTOUCHED.factCheck, disclosure: {} } }, POST);
    expect(yaml).toBe('title: "Ein Titel"\npubDate: 2026-03-12\ntags: [DSGVO, Plattformen]\ndraft: false\nfactCheck:\n  sources: []\n');
  });

  it('replaces a changed value in the text itself, so comments after nested lists keep their place', () => {
    const template = postTemplate({ title: 'Ein Entwurf', author: 'lena-hoffmann', now: new Date('2026-11-25') });
    const yaml = /^---\n([\s\S]*?\n)---/.exec(template)![1]!;
    const data = parse(yaml, { schema: 'core' }) as Record<string, unknown>;
    const merged = mergeFrontmatter(yaml, { ...data, title: 'Ein "neuer" Entwurf' }, POST);
    expect(merged).toBe(yaml.replace('title: "Ein Entwurf"', 'title: "Ein \\"neuer\\" Entwurf"'));
  });

  it('keeps a JSON file byte for byte, changing only the value the author changed', () => {
    const info = group({ name: text, links: list(group({ label: text, url: text }), []) });
    const file = '{ "name": "Lena", "links": [{ "label": "RSS", "url": "/rss.xml" }] }\n';
    expect(mergeJson(file, { name: 'Lena', links: [{ label: 'RSS', url: '/rss.xml' }] }, info)).toBe(file);
    expect(mergeJson(file, { name: 'Lena „H.“', links: [{ label: 'RSS', url: '/rss.xml' }] }, info)).toBe(file.replace('"Lena"', '"Lena „H.“"'));
    expect(mergeJson(file, { name: 'Lena', links: [] }, info)).toBe('{\n  "name": "Lena",\n  "links": []\n}\n');
  });
});
