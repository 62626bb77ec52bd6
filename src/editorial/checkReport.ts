// One post's checklist report as JSON, for the editor's panel: dev server only (src/integrations/draftPreview.ts).
import type { APIRoute } from 'astro';
import { contentDir } from '../env.ts';
import { factCheckReports } from '../integrations/factCheckReports.ts';
import { formatReport } from '../lib/factCheck/formatReport.ts';
import { urls } from '../lib/urls.ts';
import { strings } from '../strings.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const reports = await factCheckReports(contentDir(process.env), new Date(), { fresh: true, siteWide: true });
  const report = reports.find((candidate) => candidate.id === params.id);
  if (!report) return Response.json({ error: strings.factCheckReport.unknownPost(String(params.id)), code: 'unknown_post' }, { status: 404 });
  return Response.json(
    {
      id: report.id,
      status: report.status,
      done: report.done,
      blocksBuild: report.blocksBuild,
      preview: urls.post(report.id),
      // Exactly what `npm run factcheck -- --post <id>` prints.
      text: formatReport([report]),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
};
