// Searches the last build's index from the command line, for editors and tests:
//   npm run search -- "<query>" [--json] [--limit N] [--site DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openSiteSearch } from '../functions/search/siteIndex.ts';
import { resultsStatus } from '../src/lib/search/resultsHtml.ts';
import { searchResults, type ResultsView } from '../src/lib/search/searchResults.ts';

const USAGE = 'Aufruf: npm run search -- "<Suchbegriff>" [--json] [--limit N] [--site dist]';

/** The ranked results as the CLI prints them: slug, title and lunr score per line. */
export function formatResults(view: ResultsView): string {
  const lines = view.results.map((result, i) => {
    const title = result.title.map((segment) => segment.text).join('');
    return `${String(view.offset + i + 1).padStart(3)}. ${result.id}  ${result.score.toFixed(3)}  ${title}`;
  });
  return [resultsStatus(view), ...lines].join('\n');
}

/** Runs the CLI; resolves with the exit code. */
export async function searchCli(argv: readonly string[]): Promise<number> {
  let values: { json: boolean; limit: string; site: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '10' }, site: { type: 'string', default: 'dist' } },
      allowPositionals: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const query = positionals.join(' ').trim();
  const limit = Number(values.limit);
  if (!query || !Number.isInteger(limit) || limit < 1) {
    console.error(USAGE);
    return 2;
  }
  const site = await openSiteSearch(resolve(values.site))();
  if (!site) {
    console.error(`Kein gebauter Suchindex in ${values.site}/ – zuerst npm run build.`);
    return 1;
  }
  const view = await searchResults(site.engine, query, { limit });
  if (values.json) {
    const results = view.results.map((result) => ({ slug: result.id, title: result.title.map((s) => s.text).join(''), score: result.score, url: result.url }));
    console.log(JSON.stringify({ query: view.query, total: view.total, results }, null, 2));
  } else {
    console.log(formatResults(view));
  }
  return 0;
}

if (import.meta.main) {
  searchCli(process.argv.slice(2)).then((code) => process.exit(code));
}
