// `npm run new -- "Titel" [--author <id>]`: a new draft with the checklist template.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/env.ts';
import { newPostPath, postTemplate } from '../src/lib/factCheck/postTemplate.ts';
import { strings } from '../src/strings.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { author: { type: 'string' } } });
const title = positionals.join(' ').trim();
if (!title) {
  console.error(strings.newPost.usage);
  process.exit(2);
}
const root = contentDir(process.env);
const authors = (await readdir(join(root, 'authors'))).map((file) => file.replace(/\.(json|md)$/, '')).sort();
const author = values.author ?? authors[0]!;
if (!authors.includes(author)) {
  console.error(strings.newPost.unknownAuthor(author, authors.join(', ')));
  process.exit(2);
}
const { path } = newPostPath(title, new Date());
const file = join(root, path);
if (existsSync(file)) {
  console.error(strings.newPost.exists(file));
  process.exit(1);
}
await mkdir(dirname(file), { recursive: true });
await writeFile(file, postTemplate({ title, author, now: new Date() }));
console.log(strings.newPost.created(file));
