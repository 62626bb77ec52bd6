// Serves the last build (dist/) without building again: `npm run serve`.
import { resolve } from 'node:path';
import { createServerApp } from '../functions/selfhost/createServerApp.ts';
import { listen } from '../functions/selfhost/listen.ts';
import { serverSettings } from './serverSettings.ts';

export async function serve(): Promise<void> {
  const settings = serverSettings(process.env);
  const app = createServerApp({ siteRoot: resolve('dist') });
  const { url } = await listen(app, settings);
  console.log(`Klartext läuft auf ${url}/`);
}

if (import.meta.main) {
  serve().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
