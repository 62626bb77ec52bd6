import { describe, expect, it } from 'vitest';
import { reportAction, reportFormHtml, reportFormId } from '../../../../src/lib/comments/reportFormHtml.ts';
import { reportLabels } from '../../../../src/lib/comments/reportLabels.ts';
import { strings } from '../../../../src/strings.ts';
import { REJECT_REASONS } from '../../../../functions/moderation/rejectReasons.ts';

const labels = reportLabels();

describe('lib/comments/reportFormHtml', () => {
  it('offers one radio per guideline reason, with the moderators’ codes and labels', () => {
    const html = reportFormHtml('abc', labels);
    const codes = [...html.matchAll(/name="reason" value="([^"]+)"/g)].map((match) => match[1]);
    expect(codes).toEqual(REJECT_REASONS);
    for (const label of Object.values(strings.moderation.rejectReasons)) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain(`<legend>${strings.report.legend}</legend>`);
  });

  it('posts to the report address of the comment, so it works without JavaScript', () => {
    const html = reportFormHtml('a/b"c', labels);
    expect(reportAction('a/b"c')).toBe('/api/comments/a%2Fb%22c/report');
    expect(html).toContain('method="post" action="/api/comments/a%2Fb%22c/report"');
    expect(reportFormId('x1')).toBe('meldung-x1');
    expect(html).toContain('id="meldung-a/b&quot;c"');
    expect(html).not.toContain('b"c');
  });

  it('links each radio to its label and the group to the hint', () => {
    const html = reportFormHtml('x1', labels);
    expect(html).toContain('<input type="radio" name="reason" value="insult" id="meldung-x1-insult" required> <label for="meldung-x1-insult">');
    expect(html).toContain('<fieldset aria-describedby="meldung-x1-hinweis">');
    expect(html).toContain('id="meldung-x1-hinweis"');
    expect(html).toContain('href="/leitlinien/#kommentarregeln"');
  });

  it('has a cancel button for the script and a cancel link without JavaScript', () => {
    expect(reportFormHtml('x1', labels)).toContain(`<button type="button" class="report-cancel">${strings.report.cancel}</button>`);
    expect(reportFormHtml('x1', labels, { cancelHref: '/kommentare/p/#kommentar-x1' })).toContain(`<a class="report-cancel" href="/kommentare/p/#kommentar-x1">${strings.report.cancel}</a>`);
  });

  it('shows why the last attempt was refused in its status and marks the group', () => {
    const html = reportFormHtml('x1', labels, { error: strings.report.chooseReason });
    expect(html).toContain(`role="status" tabindex="-1">${strings.report.chooseReason}</p>`);
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(REJECT_REASONS.length);
  });
});
