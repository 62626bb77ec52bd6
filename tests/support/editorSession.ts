import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './browser.ts';
import { startDevServer } from './devServer.ts';
import { contentCopy } from './fixtureContent.ts';

export interface EditorSession {
  /** A copy of the sample content: the editor writes, never into the real content/. */
  contentDir: string;
  dev: Awaited<ReturnType<typeof startDevServer>>;
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** `npm run cms` on a copy of the sample content, and Chromium to drive the editor. */
export async function startEditorSession(prepare: (contentDir: string) => Promise<void> = async () => {}): Promise<EditorSession> {
  const contentDir = await contentCopy();
  await prepare(contentDir);
  const dev = await startDevServer(contentDir, { cms: true });
  const browser = await connectBrowser();
  return {
    contentDir,
    dev,
    browser,
    newPage: () => browser.newPage({ viewport: { width: 1400, height: 1000 } }),
    close: async () => {
      await browser.close();
      dev.close();
    },
  };
}
