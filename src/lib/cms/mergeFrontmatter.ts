import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';
import { strings } from '../../strings.ts';

/**
 * What the editor knows about a field: objects and lists by their parts,
 * values by `view`, which says what the editor would write for a stored value
 * it has not touched (undefined: it would leave the key out). `absentValue` is
 * what the content model assumes when the key is missing; a value equal to it
 * is not added to a file that lacks the key.
 */
export type FieldInfo =
  | { kind: 'object'; fields: Record<string, FieldInfo>; absentValue?: undefined }
  | { kind: 'array'; element: FieldInfo; absentValue?: unknown[] }
  | { kind: 'leaf'; view: (stored: unknown) => unknown; absentValue?: unknown };

export type ObjectInfo = Extract<FieldInfo, { kind: 'object' }>;

type Data = Record<string, unknown>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
// A Date from the editor is a calendar day; a stored date is the text the author typed.
const normalise = (value: unknown): unknown =>
  value instanceof Date ? isoDay(value) : Array.isArray(value) ? value.map(normalise) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)])) : value;

function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'symbol' || typeof b === 'symbol') return false;
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

// A string that reads back as itself, not as a date, number, boolean or null, in YAML 1.1 and 1.2.
const PLAIN_SAFE = /^(?:[A-Za-z]|\.{1,2}\/)[A-Za-z0-9._/:@+-]*$/;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;
const LOOKS_TYPED = /^(?:[-+\d]|\.\d|~$)/;

/**
 * A new node in the project's style: quoted text, plain ids, dates and
 * numbers, lists of values inline. New groups leave out what the content
 * model defaults anyway, as a new file does.
 */
function createNode(doc: Document, value: unknown, field: FieldInfo | undefined): Node {
  if (value instanceof Date) return new Scalar(isoDay(value));
  if (typeof value === 'string') {
    const scalar = new Scalar(value);
    scalar.type = PLAIN_SAFE.test(value) && !YAML_WORDS.test(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
    return scalar;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq(doc.schema);
    for (const item of value) seq.items.push(createNode(doc, item, field?.kind === 'array' ? field.element : undefined));
    seq.flow = value.every((item) => typeof item !== 'object' || item instanceof Date);
    return seq;
  }
  if (value && typeof value === 'object') {
    const map = new YAMLMap(doc.schema);
    mergeMap(doc, map, value as Data, field?.kind === 'object' ? field : { kind: 'object', fields: {} }, { structural: true, scalars: [] }, true);
    map.flow = map.items.length === 0;
    return map;
  }
  return doc.createNode(value) as Node;
}

const UNREADABLE = Symbol('unreadable');

/** What the editor shows (and would write) for a key the file does not have. */
function absentView(field: FieldInfo): unknown {
  if (field.kind === 'object') {
    return Object.fromEntries(Object.entries(field.fields).map(([key, inner]) => [key, absentView(inner)]).filter(([, value]) => value !== undefined));
  }
  if (field.kind === 'array') return field.absentValue ?? [];
  try {
    return field.view(undefined);
  } catch {
    return UNREADABLE;
  }
}

/**
 * Whether a key the file lacks stays out. In an existing file it does as long
 * as the author left it as the editor showed it: the editor cannot tell "not
 * answered" from its defaults, and saving must not answer a checklist question
 * on the author's behalf. A new file leaves out groups and lists that hold
 * only what the content model defaults anyway (an unused hero image, an empty
 * list of corrections); single values are written, as the template of
 * `npm run new` does.
 */
function omittable(value: unknown, field: FieldInfo, newFile: boolean): boolean {
  if (value === undefined) return true;
  if (!newFile) return sameData(value, absentView(field));
  if (field.kind === 'leaf') return false;
  return isDefault(value, field);
}

/** A value the content model would assume anyway: a default, an empty list it defaults to, a group of such. */
function isDefault(value: unknown, field: FieldInfo): boolean {
  if (value === undefined) return true;
  if (field.kind === 'object') {
    return !!value && typeof value === 'object' && Object.entries(field.fields).every(([key, inner]) => isDefault((value as Data)[key], inner));
  }
  return field.absentValue !== undefined && sameData(value, field.absentValue);
}

/** What the editor would write for a stored node; a value it cannot read counts as changed. */
function viewOf(field: Extract<FieldInfo, { kind: 'leaf' }>, node: unknown): unknown {
  try {
    return field.view(isScalar(node) ? node.value : (node as Node | null)?.toJSON());
  } catch {
    return UNREADABLE;
  }
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

function setScalar(node: Scalar, value: unknown) {
  node.value = value instanceof Date ? isoDay(value) : value;
  // Text that would read back as another type keeps its quotes.
  if (typeof value === 'string' && node.type === 'PLAIN' && (LOOKS_TYPED.test(value) || YAML_WORDS.test(value))) node.type = 'QUOTE_DOUBLE';
}

/** Merges `next` into `node`; returns the node to keep (a new one if the shape changed). */
function mergeValue(doc: Document, node: unknown, next: unknown, field: FieldInfo, changes: Changes): Node {
  if (field.kind === 'object' && isMap(node) && next && typeof next === 'object' && !Array.isArray(next)) {
    mergeMap(doc, node, next as Data, field, changes);
    return node;
  }
  if (field.kind === 'array' && isSeq(node) && Array.isArray(next)) {
    next.forEach((item, i) => {
      if (i < node.items.length) node.items[i] = mergeValue(doc, node.items[i], item, field.element, changes);
      else {
        node.items.push(createNode(doc, item, field.element));
        changes.structural = true;
      }
    });
    if (node.items.length > next.length) {
      node.items.splice(next.length);
      changes.structural = true;
    }
    // `[]` that now holds groups (sources, claims …) is written as a block list.
    if (node.flow && node.items.some((item) => isMap(item) || isSeq(item))) node.flow = false;
    return node;
  }
  if (field.kind === 'leaf') {
    if (sameData(viewOf(field, node), next)) return node as Node;
    if (isScalar(node) && (typeof next !== 'object' || next instanceof Date)) {
      setScalar(node, next);
      changes.scalars.push(node);
      return node;
    }
  }
  changes.structural = true;
  return createNode(doc, next, field);
}

function removePair(map: YAMLMap, index: number) {
  const [pair] = map.items.splice(index, 1);
  // A comment above a removed key stays, above whatever follows it.
  const comment = isScalar(pair?.key) ? pair.key.commentBefore : undefined;
  if (!comment) return;
  const following = map.items[index]?.key;
  if (isScalar(following)) following.commentBefore = following.commentBefore ? `${comment}\n${following.commentBefore}` : comment;
  else map.comment = map.comment ? `${comment}\n${map.comment}` : comment;
}

function mergeMap(doc: Document, map: YAMLMap, next: Data, info: ObjectInfo, changes: Changes, newFile = false) {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i]!;
    const key = keyOf(pair);
    const field = info.fields[key];
    // Keys the editor does not know (and values it leaves out, like "") stay as they are.
    if (!field || next[key] !== undefined) continue;
    if (field.kind === 'leaf' && viewOf(field, pair.value) === undefined) continue;
    removePair(map, i);
    changes.structural = true;
  }
  // The schema's order, so a new key lands where the editor shows it.
  const known = Object.keys(info.fields);
  const keys = [...known, ...Object.keys(next).filter((key) => !known.includes(key))].filter((key) => next[key] !== undefined);
  keys.forEach((key, position) => {
    const field = info.fields[key] ?? { kind: 'leaf', view: (stored: unknown) => stored };
    const pair = map.items.find((item) => keyOf(item) === key);
    if (pair) {
      pair.value = mergeValue(doc, pair.value, next[key], field, changes);
      return;
    }
    if (omittable(next[key], field, newFile)) return;
    // A new key goes before the next key (in the editor's order) that the file already has.
    const later = new Set(keys.slice(position + 1));
    const before = map.items.findIndex((item) => later.has(keyOf(item)));
    const newPair = doc.createPair(key, createNode(doc, next[key], field));
    if (before === -1) map.items.push(newPair);
    else map.items.splice(before, 0, newPair);
    changes.structural = true;
  });
}

interface Changes {
  /** Keys or items added or removed: the document is written anew. */
  structural: boolean;
  /** Values changed in place: only their text is replaced. */
  scalars: Scalar[];
}

function mergeDocument(previous: string | undefined, next: Data, info: ObjectInfo): { doc: Document; changes: Changes } {
  const doc = previous === undefined ? new Document(new YAMLMap()) : parseDocument(previous, { schema: 'core' });
  if (doc.contents === null) doc.contents = new YAMLMap(doc.schema);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error(strings.cms.save.notYaml(doc.errors[0]?.message ?? ''));
  const changes: Changes = { structural: previous === undefined, scalars: [] };
  mergeMap(doc, doc.contents, next, info, changes, previous === undefined);
  return { doc, changes };
}

/** A value's text on one line, for replacing it where it stands. */
function scalarText(node: Scalar, json: boolean): string {
  if (json) return JSON.stringify(node.value);
  const copy = new Scalar(node.value);
  // A block scalar (| or >) spans lines whose indentation depends on its place; a changed one is quoted.
  copy.type = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 'QUOTE_DOUBLE' : node.type;
  return new Document(copy).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function patched(previous: string, scalars: Scalar[], json: boolean): string {
  let text = previous;
  for (const node of [...scalars].sort((a, b) => b.range![0] - a.range![0])) {
    text = text.slice(0, node.range![0]) + scalarText(node, json) + text.slice(node.range![1]);
  }
  return text;
}

/**
 * Writes the editor's data into existing YAML frontmatter, changing only what
 * the author changed: comments, quoting, key order, date formats, keys the
 * editor does not know and values it cannot show stay as they were. A value
 * changed in place is replaced in the text itself, so every other byte stays;
 * added or removed keys and items make the YAML library write the whole block
 * (comments kept, possibly indented differently). Without `previous` (a new
 * file) the YAML is written in the project's style. Returns YAML text ending
 * in a newline, or `previous` itself when nothing changed.
 */
export function mergeFrontmatter(previous: string | undefined, next: Data, info: ObjectInfo): string {
  const { doc, changes } = mergeDocument(previous, next, info);
  return changes.structural ? doc.toString({ lineWidth: 0, flowCollectionPadding: false }) : patched(previous!, changes.scalars, false);
}

/** The same for a JSON file (an author); a changed structure is written as two-space JSON. */
export function mergeJson(previous: string | undefined, next: Data, info: ObjectInfo): string {
  const { doc, changes } = mergeDocument(previous, next, info);
  return changes.structural ? `${JSON.stringify(doc.toJS(), null, 2)}\n` : patched(previous!, changes.scalars, true);
}
