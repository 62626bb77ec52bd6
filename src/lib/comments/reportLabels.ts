import { strings } from '../../strings.ts';
import { urls } from '../urls.ts';
import type { ReportFormLabels } from './reportFormHtml.ts';
import type { ReportAnswerLabels } from './reportAnswer.ts';

/** The anchor of the comment rules on the guidelines page. */
export const COMMENT_RULES_ANCHOR = 'kommentarregeln';

/**
 * Everything the report form and its script say, from the strings module:
 * built at build time (article page) or by the service (comments page), so
 * the browser never bundles the strings.
 */
export function reportLabels(): ReportFormLabels & ReportAnswerLabels & { sending: string } {
  const t = strings.report;
  return {
    legend: t.legend,
    hint: t.hint,
    rulesLink: t.rulesLink,
    rulesHref: `${urls.page('leitlinien')}#${COMMENT_RULES_ANCHOR}`,
    // The same codes and labels as the moderators' reject reasons (functions/moderation/rejectReasons.ts).
    reasons: Object.entries(strings.moderation.rejectReasons),
    submit: t.submit,
    cancel: t.cancel,
    sending: t.sending,
    thanks: t.thanks,
    chooseReason: t.chooseReason,
    failed: t.failed,
    rateLimited: t.rateLimited,
    gone: t.gone,
  };
}
