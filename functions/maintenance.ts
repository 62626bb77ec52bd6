/**
 * Netlify scheduled function: what the self-hosted server does on its timers. Every five minutes it sends
 * every due queued job (mail and Akismet feedback that failed before and are due for a retry), deletes
 * what is kept only for a while (functions/privacy/purgeAll.ts) and, with BUILD_HOOK_URL set, calls the
 * build hook once for each scheduled post of the deployed build that has fallen due. Without it a mail that
 * failed on Netlify would wait for the next request that queues something, and a scheduled post for a person.
 */
import { createServices } from './app/createServices.ts';
import { startOnce } from './app/startOnce.ts';
import { parseServiceConfig } from './config/serviceConfig.ts';
import { purgeAll } from './privacy/purgeAll.ts';
import { readSchedule } from './publish/scheduleFile.ts';
import { postBuildHook, triggerDueBuilds } from './publish/triggerDueBuilds.ts';
import { strings } from '../src/strings.ts';

const services = startOnce(() => createServices(parseServiceConfig(process.env)));

export default async (): Promise<Response> => {
  const ready = await services();
  ready.queues.kick();
  await ready.queues.idle();
  await purgeAll(ready.db, ready.config, ready.now());
  const hook = ready.config.buildHookUrl;
  if (hook) {
    const calls = await triggerDueBuilds(ready.db, await readSchedule(ready.config.siteDir), ready.now(), () => postBuildHook(hook)).catch((error: Error) => {
      console.error(strings.schedule.hookFailed(error.message));
      return 0;
    });
    if (calls > 0) console.log(strings.schedule.hookCalled(calls));
  }
  return new Response(null, { status: 204 });
};

export const config = { schedule: '*/5 * * * *' };
