import { strings } from '../../strings.ts';
import type { QueueLabels } from './queueView.ts';

/**
 * The words of the moderation queue, from the strings module: built into the
 * page at build time, so the browser script never bundles the strings.
 */
export function queueLabels(): QueueLabels {
  const m = strings.moderation;
  return {
    queue: m.queue,
    actions: m.actions,
    rejectReasons: m.rejectReasons,
    spamReasons: m.spamReasons,
    spamFilter: { heading: strings.spamFilter.heading, directions: strings.spamFilter.directions },
  };
}
