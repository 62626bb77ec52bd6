import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';

/** Exports larger than this are refused before reading: the whole file is parsed in memory. */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;

/** Why an export is not readable XML; the caller turns it into a German message. */
export class ExportXmlError extends Error {
  readonly kind: 'doctype' | 'syntax';
  readonly line: number;

  constructor(kind: 'doctype' | 'syntax', message: string, line = 0) {
    super(message);
    this.kind = kind;
    this.line = line;
  }
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/**
 * XML's own references only: the five predefined entities and numeric
 * character references (which fast-xml-parser's default decoder leaves as they
 * are). Entities a DOCTYPE declares are never used — there is none anyway.
 */
const xmlReferences: EntityDecoderOptions = {
  decode: (text) =>
    text.includes('&')
      ? text.replace(REFERENCE, (_all, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
          if (name) return PREDEFINED[name]!;
          const code = decimal ? Number(decimal) : parseInt(hex!, 16);
          return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
        })
      : text,
  addInputEntities: () => {},
  setExternalEntities: () => {},
  setXmlVersion: () => {},
  reset: () => {},
};

/**
 * Whether the file declares a DOCTYPE anywhere outside CDATA sections.
 * fast-xml-parser reads one wherever `<!D` appears, not only in the prolog,
 * so the whole file is searched; text inside CDATA (a comment quoting HTML) is not markup.
 */
function hasDoctype(xml: string): boolean {
  const pattern = /<!d/gi;
  let doctype = -1;
  let i = 0;
  for (;;) {
    if (doctype < i) {
      pattern.lastIndex = i;
      const match = pattern.exec(xml);
      if (!match) return false;
      doctype = match.index;
    }
    const cdata = xml.indexOf('<![CDATA[', i);
    if (cdata === -1 || doctype < cdata) return true;
    const end = xml.indexOf(']]>', cdata + 9);
    // An unterminated CDATA section: the validator refuses the file.
    if (end === -1) return false;
    i = end + 3;
  }
}

/**
 * Parses an export safely: a DOCTYPE (the only way to declare entities, and so
 * to build an entity-expansion bomb or reach an external entity) is refused
 * outright — WordPress and Disqus never write one — and the document must be
 * well-formed. Values stay strings (no number guessing: ids like "007" keep
 * their zeros); attributes keep their prefix (`@_dsq:id`); `arrays` names the
 * element paths that are always lists.
 */
export function parseExportXml(xml: string, arrays: readonly string[]): Record<string, unknown> {
  if (hasDoctype(xml)) throw new ExportXmlError('doctype', 'DOCTYPE');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ExportXmlError('syntax', valid.err.msg, valid.err.line);
  const paths = new Set(arrays);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    entityDecoder: xmlReferences,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, jpath) => paths.has(String(jpath)),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

/** The text of a parsed element: a string, or the text of an element that also has attributes; anything else is empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Record<string, unknown>)['#text']);
  return '';
}

/** An attribute of a parsed element (`attributeOf(el, 'dsq:id')`), or empty. */
export function attributeOf(value: unknown, name: string): string {
  if (!value || typeof value !== 'object') return '';
  return textOf((value as Record<string, unknown>)[`@_${name}`]);
}

/** A child element, or undefined. */
export function childOf(value: unknown, name: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

/** A list of elements the parser was told are lists (missing → empty). */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
