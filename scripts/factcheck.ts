// `npm run factcheck [-- --json] [-- --post <slug>]`: the checklist report of
// every post; exits 1 when a post due for publication fails the checklist.
import { parseArgs } from 'node:util';
import { contentDir } from '../src/env.ts';
import { factCheckReports } from '../src/integrations/factCheckReports.ts';
import { formatReport } from '../src/lib/factCheck/formatReport.ts';
import { strings } from '../src/strings.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, post: { type: 'string' } } });
const all = await factCheckReports(contentDir(process.env), new Date(), { siteWide: true });
const reports = values.post ? all.filter((report) => report.id === values.post) : all;
if (values.post && reports.length === 0) {
  console.error(strings.factCheckReport.unknownPost(values.post));
  process.exit(2);
}
console.log(values.json ? JSON.stringify(reports, null, 2) : formatReport(reports));
process.exit(reports.some((report) => report.blocksBuild) ? 1 : 0);
