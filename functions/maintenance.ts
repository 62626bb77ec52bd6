/**
 * Netlify scheduled function: what the self-hosted server does on its timers. Every five minutes it sends
 * every due queued job (mail and Akismet feedback that failed before and are due for a retry) and deletes
 * what is kept only for a while (functions/privacy/purgeAll.ts). Without it a mail that failed on Netlify
 * would wait for the next request that queues something.
 */
import { createServices } from './app/createServices.ts';
import { startOnce } from './app/startOnce.ts';
import { parseServiceConfig } from './config/serviceConfig.ts';
import { purgeAll } from './privacy/purgeAll.ts';

const services = startOnce(() => createServices(parseServiceConfig(process.env)));

export default async (): Promise<Response> => {
  const ready = await services();
  ready.queues.kick();
  await ready.queues.idle();
  await purgeAll(ready.db, ready.config, ready.now());
  return new Response(null, { status: 204 });
};

export const config = { schedule: '*/5 * * * *' };
