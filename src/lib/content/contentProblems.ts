import { strings } from '../../strings.ts';
import { isCalendarDate } from './calendarDate.ts';

const text = strings.contentErrors;

/** One thing wrong in one content file, said so an author can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  hint: string;
}

export interface ContentFile {
  /** Path shown to the author, relative to the project. */
  file: string;
  data: Record<string, unknown>;
}

type Path = (string | number)[];

/** Every value at a dotted path with `[]` for "each element of a list". */
function valuesAt(data: unknown, path: string): { path: Path; value: unknown }[] {
  let found: { path: Path; value: unknown }[] = [{ path: [], value: data }];
  for (const part of path.split('.')) {
    const key = part.replace('[]', '');
    found = found.flatMap(({ path: at, value }) => {
      if (!value || typeof value !== 'object' || !(key in value)) return [];
      const next = (value as Record<string, unknown>)[key];
      if (!part.endsWith('[]')) return [{ path: [...at, key], value: next }];
      return Array.isArray(next) ? next.map((item, i) => ({ path: [...at, key, i], value: item })) : [];
    });
  }
  return found;
}

const fieldName = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

const POST_DATE_FIELDS = [
  'pubDate',
  'updatedDate',
  'factCheck.sources[].accessed',
  'factCheck.claims[].asOf',
  'factCheck.reviews[].date',
  'factCheck.corrections[].date',
  'factCheck.rightOfReply.requests[].askedOn',
];

/** Dates that are not real calendar dates (YAML would roll "02-30" into March). */
export function dateProblems(file: ContentFile, fields: readonly string[] = POST_DATE_FIELDS): ContentProblem[] {
  return fields.flatMap((field) =>
    valuesAt(file.data, field)
      .filter(({ value }) => value !== undefined && value !== null && !isCalendarDate(value))
      .map(({ path, value }) => ({
        file: file.file,
        field: fieldName(path),
        message: text.invalidDate(String(value)),
        hint: text.dateHint,
      })),
  );
}

/** Author and reviewer ids that name no file in content/authors/. */
export function referenceProblems(file: ContentFile, authorIds: ReadonlySet<string>): ContentProblem[] {
  const known = [...authorIds].sort().join(', ');
  return (['author', 'factCheck.reviews[].reviewer'] as const).flatMap((field) =>
    valuesAt(file.data, field)
      .filter(({ value }) => typeof value === 'string' && !authorIds.has(value))
      .map(({ path, value }) => ({
        file: file.file,
        field: fieldName(path),
        message: text.unknownPerson(String(value)),
        hint: text.unknownPersonHint(String(value), known),
      })),
  );
}

/** Two post files that would get the same address. */
export function duplicateSlugProblems(files: readonly { file: string; slug: string }[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { file, slug } of files) {
    const first = seen.get(slug);
    if (first) {
      problems.push({
        file,
        field: text.fileNameField,
        message: text.duplicateSlug(slug, first),
        hint: text.duplicateSlugHint,
      });
    } else seen.set(slug, file);
  }
  return problems;
}

/** All problems, formatted like Astro's own errors: what, where, how to fix. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}\n    ${text.hintLabel}: ${p.hint}`);
  return [text.heading(problems.length), '', ...lines].join('\n');
}
