import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the Pagefind page is served: /pagefind-bench/ (its index under /pagefind/). */
export const PAGEFIND_PAGE = '/pagefind-bench/';

// The same behaviour as the Klartext header field: nothing loads before the
// field is focused; results follow a typing pause of 120 ms; the first five
// results are shown with title and excerpt.
const SCRIPT = `
const input = document.getElementById('pf-suche');
const list = document.getElementById('pf-treffer');
let pagefind;
let timer;
let newest = 0;
input.addEventListener('focus', () => {
  pagefind ??= import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); return pf; });
}, { once: true });
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
async function run() {
  const ticket = ++newest;
  const query = input.value;
  const pf = await pagefind;
  const started = performance.now();
  const search = await pf.search(query);
  const top = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  if (ticket !== newest) return;
  list.dataset.searchMs = (performance.now() - started).toFixed(1);
  list.dataset.query = query;
  list.replaceChildren(...top.map((data) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt;
    item.append(link, excerpt);
    return item;
  }));
}
`;

const PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><form role="search"><input id="pf-suche" type="search" name="q" autocomplete="off"></form><ol id="pf-treffer"></ol>
<script type="module" src="${PAGEFIND_PAGE}harness.js"></script></body></html>
`;

/** Writes the Pagefind page into a built site. */
export async function writePagefindHarness(distDir: string): Promise<void> {
  const folder = join(distDir, PAGEFIND_PAGE);
  await mkdir(folder, { recursive: true });
  await Promise.all([writeFile(join(folder, 'index.html'), PAGE), writeFile(join(folder, 'harness.js'), SCRIPT)]);
}
