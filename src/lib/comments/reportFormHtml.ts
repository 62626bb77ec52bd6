import { escapeHtml } from './escapeHtml.ts';

/** The words of the report form, passed in so the browser script need not bundle the strings module. */
export interface ReportFormLabels {
  legend: string;
  hint: string;
  rulesLink: string;
  /** Where the guidelines list the reasons. */
  rulesHref: string;
  /** Reason code and label, in the guidelines' order (the API's reason codes). */
  reasons: ReadonlyArray<readonly [code: string, label: string]>;
  submit: string;
  cancel: string;
}

export interface ReportFormOptions {
  /** Without JavaScript "Abbrechen" is a link back; with JavaScript, leave it out for a button. */
  cancelHref?: string;
  /** A message for the reader, e.g. why the last attempt was refused. */
  error?: string;
}

/** The id of a comment's report form (the disclosure button's aria-controls, the page's anchor). */
export function reportFormId(commentId: string): string {
  return `meldung-${commentId}`;
}

/** The address a report is posted to (docs/api.md). */
export function reportAction(commentId: string): string {
  return `/api/comments/${encodeURIComponent(commentId)}/report`;
}

/**
 * The form a reader reports a comment with: one radio per guideline reason.
 * It posts to the service with or without JavaScript; the same markup in the
 * article page's script and on the comments page without JavaScript.
 */
export function reportFormHtml(commentId: string, labels: ReportFormLabels, options: ReportFormOptions = {}): string {
  const id = escapeHtml(reportFormId(commentId));
  const error = options.error ? escapeHtml(options.error) : '';
  const radios = labels.reasons
    .map(
      ([code, label]) =>
        `<p class="form-check"><input type="radio" name="reason" value="${escapeHtml(code)}" id="${id}-${escapeHtml(code)}" required${error ? ' aria-invalid="true"' : ''}> ` +
        `<label for="${id}-${escapeHtml(code)}">${escapeHtml(label)}</label></p>`,
    )
    .join('');
  const cancel = options.cancelHref
    ? `<a class="report-cancel" href="${escapeHtml(options.cancelHref)}">${escapeHtml(labels.cancel)}</a>`
    : `<button type="button" class="report-cancel">${escapeHtml(labels.cancel)}</button>`;
  return (
    `<form class="report-form" id="${id}" method="post" action="${escapeHtml(reportAction(commentId))}" novalidate>` +
    `<fieldset aria-describedby="${id}-hinweis"><legend>${escapeHtml(labels.legend)}</legend>${radios}</fieldset>` +
    `<p class="form-hint" id="${id}-hinweis">${escapeHtml(labels.hint)} <a href="${escapeHtml(labels.rulesHref)}">${escapeHtml(labels.rulesLink)}</a></p>` +
    `<p class="report-buttons"><button type="submit" class="report-submit">${escapeHtml(labels.submit)}</button> ${cancel}</p>` +
    `<p class="report-status" role="status" tabindex="-1">${error}</p>` +
    `</form>`
  );
}
