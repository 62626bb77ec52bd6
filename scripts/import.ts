// `npm run import -- <file>`: restores a file of `npm run export` into a database without comments (DATABASE_URL).
// `npm run import -- --from wordpress|disqus <export.xml> [--dry-run]`: brings comments over from WordPress or Disqus
// (articles from SITE_DIR's comment-posts.json); importing the same file again adds nothing.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { strings } from '../src/strings.ts';
import { createServices } from '../functions/app/createServices.ts';
import { importComments, parseBackup } from '../functions/backup/commentsBackup.ts';
import { FOREIGN_SOURCES, type ForeignSource } from '../functions/import/foreignComment.ts';
import { importForeignExport, parseForeignExport, readExportFile, readPublishedPostIds } from '../functions/import/importForeign.ts';
import { formatImportSummary } from '../functions/import/importSummary.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

const t = strings.commentImport;

async function restoreBackup(file: string): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(t.backupNotJson(file, (error as Error).message));
  }
  const backup = parseBackup(data);
  const services = await createServices(await selfHostedConfig(process.env));
  try {
    console.log(t.backupImported(await importComments(services.db, backup)));
  } finally {
    await services.close();
  }
}

async function importForeign(source: ForeignSource, file: string, dryRun: boolean): Promise<void> {
  const config = await selfHostedConfig(process.env);
  // Everything that can be wrong with the file or the site is checked before the database is opened.
  const data = parseForeignExport(source, file, await readExportFile(file));
  const posts = await readPublishedPostIds(config.siteDir);
  const services = await createServices(config);
  try {
    const plan = await importForeignExport(services.db, data, { posts, siteUrl: config.siteUrl, secret: config.secret, now: new Date(), dryRun });
    console.log(formatImportSummary(plan, file, dryRun));
  } finally {
    await services.close();
  }
}

function parseCommandLine(): { file: string; from?: ForeignSource; dryRun: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { from: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
  } catch {
    throw new Error(t.usage);
  }
  const { positionals, values } = parsed;
  const from = values.from as ForeignSource | undefined;
  const valid = positionals.length === 1 && (from === undefined ? !values['dry-run'] : FOREIGN_SOURCES.includes(from));
  if (!valid) throw new Error(t.usage);
  return { file: positionals[0]!, from, dryRun: values['dry-run'] };
}

try {
  const { file, from, dryRun } = parseCommandLine();
  if (from) await importForeign(from, file, dryRun);
  else await restoreBackup(file);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
