import { checkPost, withProblems, type PostReport } from '../lib/factCheck/checkPost.ts';
import { parseEditorialConfig } from '../lib/factCheck/editorialConfig.ts';
import { postToCheck } from '../lib/factCheck/postToCheck.ts';
import { siteProblems } from '../lib/factCheck/siteChecks.ts';
import { readContentSnapshot } from './contentSnapshot.ts';
import { committedVersionsOf } from './gitHistory.ts';

interface ReportOptions {
  /** Read the folder again instead of this process's snapshot (the dev server). */
  fresh?: boolean;
  /**
   * Add the checks that read the files' git history and compare posts with
   * each other (npm run factcheck); the build gate leaves them out.
   */
  siteWide?: boolean;
}

/** The checklist report of every post in a content folder, as the build gate and `npm run factcheck` see it. */
export async function factCheckReports(contentDir: string, now: Date, { fresh = false, siteWide = false }: ReportOptions = {}): Promise<PostReport[]> {
  const snapshot = await readContentSnapshot(contentDir, { fresh });
  const { headlineRules } = parseEditorialConfig(snapshot.editorialConfig);
  const posts = snapshot.posts.map(postToCheck);
  const reports = posts.map((post) => checkPost(post, { now, headlineConfig: headlineRules }));
  if (!siteWide) return reports;
  const versions = await committedVersionsOf(posts.map((post) => post.file));
  const histories = new Map(posts.map((post) => [post.id, versions.get(post.file)]));
  const extra = siteProblems({ posts, histories, now });
  return reports.map((report) => withProblems(report, extra.get(report.id) ?? []));
}
