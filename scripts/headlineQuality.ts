// `node scripts/headlineQuality.ts [--write]`: precision and recall of each
// headline rule on the labelled corpus (tests/fixtures/headlineCorpus.ts),
// separately for the real published headlines (the figures that count) and
// for the constructed edge cases; --write puts the report into
// docs/headline-linter.md between its markers.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { HEADLINE_CORPUS_PARTS } from '../tests/fixtures/headlineCorpus.ts';
import { corpusQualityReport, replaceReport } from '../src/lib/headline/corpusReport.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const report = corpusQualityReport(HEADLINE_CORPUS_PARTS);
if (values.write) {
  const path = 'docs/headline-linter.md';
  await writeFile(path, replaceReport(await readFile(path, 'utf8'), report));
  console.log(`Wrote ${path}.`);
} else {
  console.log(report);
}
