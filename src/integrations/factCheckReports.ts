import { checkPost, type PostReport } from '../lib/factCheck/checkPost.ts';
import { parseEditorialConfig } from '../lib/factCheck/editorialConfig.ts';
import { postToCheck } from '../lib/factCheck/postToCheck.ts';
import { readContentSnapshot } from './contentSnapshot.ts';

/** The checklist report of every post in a content folder, as the build gate and `npm run factcheck` see it. */
export async function factCheckReports(contentDir: string, now: Date, { fresh = false } = {}): Promise<PostReport[]> {
  const snapshot = await readContentSnapshot(contentDir, { fresh });
  const { headlineRules } = parseEditorialConfig(snapshot.editorialConfig);
  return snapshot.posts.map((entry) => checkPost(postToCheck(entry), { now, headlineConfig: headlineRules }));
}
