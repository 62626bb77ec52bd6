import type { ComponentSchema } from '@keystatic/core';
import type { FieldInfo, ObjectInfo } from '../lib/cms/mergeFrontmatter.ts';

type FormField = {
  kind: 'form';
  formKind?: string;
  parse(value: unknown, args?: unknown): unknown;
  serialize(value: unknown, args?: unknown): { value: unknown };
  absentValue?: unknown;
};

/**
 * Marks what the content model assumes for a missing key, so the editor shows
 * that value for it (not Keystatic's default for new entries) and the file
 * writer does not add the key just to repeat it.
 */
export function whenAbsent<T extends object>(field: T, absentValue: unknown): T {
  const form = field as unknown as FormField;
  if (form.kind !== 'form') return Object.assign({}, field, { absentValue });
  const reader = (form as { reader?: { parse(value: unknown, args?: unknown): unknown } }).reader;
  return Object.assign({}, field, {
    absentValue,
    parse: (value: unknown, args?: unknown) => form.parse(value === undefined ? absentValue : value, args),
    ...(reader ? { reader: { ...reader, parse: (value: unknown, args?: unknown) => reader.parse(value === undefined ? absentValue : value, args) } } : {}),
  });
}

function infoOf(schema: ComponentSchema): FieldInfo | undefined {
  if (schema.kind === 'object') return objectInfo(schema.fields);
  if (schema.kind === 'array') {
    const element = infoOf(schema.element);
    return element && { kind: 'array', element, absentValue: (schema as { absentValue?: unknown[] }).absentValue };
  }
  if (schema.kind !== 'form') return undefined;
  const field = schema as unknown as FormField;
  // The body is not part of the frontmatter.
  if (field.formKind === 'content') return undefined;
  return {
    kind: 'leaf',
    absentValue: field.absentValue,
    // What the editor writes for a stored value nobody touched: Keystatic's own parse and serialize.
    view: (stored) => field.serialize(field.parse(stored ?? undefined, {})).value,
  };
}

function objectInfo(fields: Record<string, ComponentSchema>): ObjectInfo {
  return {
    kind: 'object',
    fields: Object.fromEntries(Object.entries(fields).flatMap(([key, field]) => {
      const info = infoOf(field);
      return info ? [[key, info]] : [];
    })),
  };
}

/**
 * The file writer's view of a collection's fields. The slug field is stored
 * as its name part (the title), which Keystatic writes unchanged.
 */
export function collectionInfo(schema: Record<string, ComponentSchema>, slugField: string): ObjectInfo {
  const info = objectInfo(schema);
  info.fields[slugField] = { kind: 'leaf', view: (stored) => (typeof stored === 'string' && stored !== '' ? stored : undefined) };
  return info;
}
