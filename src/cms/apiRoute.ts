// The editor's file API, injected only by `npm run cms` (src/integrations/cmsEditor.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { getSecret } from 'astro:env/server';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
// @ts-expect-error resolved by the editor integration's Vite plugin
import config from 'virtual:keystatic-config';
import { contentDir } from '../env.ts';
import { writeFileAtomic } from '../io/writeFileAtomic.ts';
import { jsonEntryText, mdxEntryText } from '../lib/cms/entryFile.ts';
import { duplicateSlugProblems } from '../lib/content/contentProblems.ts';
import { postIdFromPath } from '../lib/postId.ts';
import { strings } from '../strings.ts';
import { collectionInfo } from './fieldInfo.ts';
import { entryProblems, type CollectionName } from './validateEntry.ts';

export const prerender = false;

const root = contentDir(process.env);
// Local mode reads and writes below the content folder, not the project root,
// so KLARTEXT_CONTENT_DIR works and nothing else in the project is reachable.
// GitHub mode (docs/cms.md) takes its app's secrets as @keystatic/astro does.
const keystatic = makeGenericAPIRouteHandler(
  {
    config,
    localBaseDirectory: root,
    clientId: getSecret('KEYSTATIC_GITHUB_CLIENT_ID'),
    clientSecret: getSecret('KEYSTATIC_GITHUB_CLIENT_SECRET'),
    secret: getSecret('KEYSTATIC_SECRET'),
  },
  { slugEnvName: 'PUBLIC_KEYSTATIC_GITHUB_APP_SLUG' },
);

const ENTRY_FILES: { collection: CollectionName; pattern: RegExp; format: 'mdx' | 'json' }[] = [
  { collection: 'posts', pattern: /^posts\/.+\.mdx$/, format: 'mdx' },
  { collection: 'pages', pattern: /^pages\/[^/]+\.mdx$/, format: 'mdx' },
  { collection: 'authors', pattern: /^authors\/[^/]+\.json$/, format: 'json' },
];
const infos = Object.fromEntries(
  ENTRY_FILES.map(({ collection }) => [collection, collectionInfo(config.collections[collection].schema, config.collections[collection].slugField)]),
);

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const problem = (status: number, code: string, error: string, fields?: Record<string, string>) =>
  Response.json({ error, code, ...(fields ? { fields } : {}) }, { status });

// Keystatic rejects the same paths later; they must not even be read here.
const isPlainPath = (path: unknown) => typeof path === 'string' && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}

/**
 * A post's address is its file name; the same name in another year's folder
 * would break the build (the gate says so at the next start), so it is refused now.
 */
async function duplicateAddress(path: string, deletions: Update['deletions']): Promise<Record<string, string>> {
  const gone = new Set(deletions.map((deletion) => deletion.path));
  const others = (await readdir(join(root, 'posts'), { recursive: true }).catch(() => [] as string[]))
    .map((file) => `posts/${file}`)
    .filter((file) => /\.mdx?$/.test(file) && file !== path && !gone.has(file));
  const files = [...others, path].map((file) => ({ file, slug: postIdFromPath(file) }));
  const problem = duplicateSlugProblems(files).find((candidate) => candidate.file === path);
  return problem ? { [problem.field]: problem.message } : {};
}

const readStored = (path: string) => readFile(join(root, path), 'utf8').catch(() => undefined);

/**
 * Rewrites what Keystatic wants to save into the file the project stores:
 * merged into the previous file (so untouched lines keep their bytes and
 * comments), and checked against the content schema. A renamed entry (new
 * slug) is merged into the file it replaces.
 */
async function storedUpdate(update: Update): Promise<Update | Response> {
  const additions = [];
  for (const addition of update.additions) {
    // Anything malformed goes on to Keystatic unchanged, which refuses it with 400.
    const kind = isPlainPath(addition.path) && typeof addition.contents === 'string' ? ENTRY_FILES.find((entry) => entry.pattern.test(addition.path)) : undefined;
    if (!kind) {
      additions.push(addition);
      continue;
    }
    const renamedFrom = update.deletions.filter((deletion) => isPlainPath(deletion.path) && kind.pattern.test(deletion.path));
    const previous = (await readStored(addition.path)) ?? (renamedFrom.length === 1 ? await readStored(renamedFrom[0]!.path) : undefined);
    const written = Buffer.from(addition.contents, 'base64url').toString('utf8');
    let text: string;
    try {
      text = kind.format === 'json' ? jsonEntryText(previous, written, infos[kind.collection]!) : mdxEntryText(previous, written, infos[kind.collection]!);
    } catch (error) {
      return problem(422, 'unreadable_entry', strings.cms.save.unreadable(addition.path, (error as Error).message));
    }
    const fields = entryProblems(kind.collection, text, kind.format);
    if (kind.collection === 'posts') Object.assign(fields, await duplicateAddress(addition.path, update.deletions));
    if (Object.keys(fields).length > 0) {
      const list = Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join('; ');
      return problem(422, 'invalid_entry', strings.cms.save.invalid(addition.path, list), fields);
    }
    additions.push({ path: addition.path, contents: Buffer.from(text, 'utf8').toString('base64url') });
  }
  return { additions, deletions: update.deletions };
}

const answer = ({ body, headers, status }: Awaited<ReturnType<typeof keystatic>>) =>
  new Response(body as BodyInit | null, { status, headers: headers as HeadersInit });

/**
 * Saves an update with every entry file written atomically. Keystatic
 * truncates a file and then writes it: the dev server, watching the folder,
 * could read the empty or half file, fail to load it and miss the write that
 * followed, so the preview went on showing a broken or old entry. Keystatic
 * stays the gatekeeper: it first checks the request, writes the rest of the
 * additions (images) and makes the deletions; only if it accepts are the
 * entries written, and its answer is then the file tree as it now is.
 */
async function saveAtomically(request: Request, update: Update): Promise<Response> {
  const isEntry = (path: string) => ENTRY_FILES.some((entry) => entry.pattern.test(path));
  const entries = update.additions.filter((addition) => isEntry(addition.path));
  const others = update.additions.filter((addition) => !isEntry(addition.path));
  const checked = await keystatic(new Request(request, { body: JSON.stringify({ additions: others, deletions: update.deletions }) }));
  if (checked.status !== 200 || entries.length === 0) return answer(checked);
  for (const entry of entries) await writeFileAtomic(join(root, entry.path), Buffer.from(entry.contents, 'base64url'));
  return answer(await keystatic(new Request(request, { body: JSON.stringify({ additions: [], deletions: [] }) })));
}

export const ALL: APIRoute = async ({ request }) => {
  // Besides Astro's Sec-Fetch check: a write must come from the editor's own page.
  if (!sameOrigin(request)) return problem(403, 'cross_origin', strings.cms.save.crossOrigin);
  let forwarded = request;
  if (request.method === 'POST' && /\/api\/keystatic\/update\/?$/.test(new URL(request.url).pathname)) {
    let update: Update;
    try {
      update = (await request.clone().json()) as Update;
    } catch {
      update = { additions: [], deletions: [] };
    }
    const wellFormed = Array.isArray(update?.additions) && Array.isArray(update?.deletions) && [...update.additions, ...update.deletions].every((item) => item && typeof item === 'object');
    if (wellFormed) {
      const stored = await storedUpdate(update);
      if (stored instanceof Response) return stored;
      // Only entries that storedUpdate checked (plain paths, text contents) are written here.
      const plain = stored.additions.every((addition) => isPlainPath(addition.path) && typeof addition.contents === 'string') && stored.deletions.every((deletion) => isPlainPath(deletion.path));
      if (plain) return saveAtomically(request, stored);
      forwarded = new Request(request, { body: JSON.stringify(stored) });
    }
  }
  return answer(await keystatic(forwarded));
};
