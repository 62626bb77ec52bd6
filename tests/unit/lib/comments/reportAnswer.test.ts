import { describe, expect, it } from 'vitest';
import { reportAnswer } from '../../../../src/lib/comments/reportAnswer.ts';
import { strings } from '../../../../src/strings.ts';

const labels = strings.report;

describe('lib/comments/reportAnswer', () => {
  it('thanks the reader when the service took the report (202)', () => {
    expect(reportAnswer(202, { reported: true }, labels)).toEqual({ ok: true, message: 'Danke, die Moderation sieht sich den Kommentar an.' });
  });

  it('asks for a reason when the service names the reason field', () => {
    expect(reportAnswer(400, { error: 'Bitte prüfen Sie Ihre Angaben.', code: 'invalid-input', fields: { reason: 'x' } }, labels)).toEqual({ ok: false, message: labels.chooseReason });
  });

  it('says the comment is no longer public for the service’s unknown-comment', () => {
    expect(reportAnswer(404, { code: 'unknown-comment', error: 'Diesen Kommentar gibt es nicht.' }, labels).message).toBe(labels.gone);
  });

  it('asks to wait when rate-limited', () => {
    expect(reportAnswer(429, { code: 'rate-limited', error: 'Sie haben … Kommentare geschickt.' }, labels).message).toBe(labels.rateLimited);
  });

  it('passes on the service’s German error for another refusal', () => {
    expect(reportAnswer(403, { code: 'cross-site', error: strings.commentErrors['cross-site'] }, labels).message).toBe(strings.commentErrors['cross-site']);
  });

  it('gives the general failure for a server error or a static host without the service', () => {
    expect(reportAnswer(500, { code: 'internal', error: strings.commentErrors.internal }, labels).message).toBe(labels.failed);
    expect(reportAnswer(404, null, labels).message).toBe(labels.failed);
    expect(reportAnswer(405, null, labels).message).toBe(labels.failed);
  });
});
